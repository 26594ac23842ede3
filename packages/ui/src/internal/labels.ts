import { ESCROW_STATUSES, PROOF_PHASES } from '@kit/hooks';
import type { statusMessages } from '../i18n/en';

type StatusMessageKey = keyof typeof statusMessages;

/** The message key of a status, `status.unknown` for one the kit does not know. */
export function statusKey(status: string): StatusMessageKey {
  return (ESCROW_STATUSES as readonly string[]).includes(status)
    ? (`status.${status}` as StatusMessageKey)
    : 'status.unknown';
}

/** The message key of a proof phase, `phase.unknown` for one the kit does not know. */
export function phaseKey(phase: string): StatusMessageKey {
  return (PROOF_PHASES as readonly string[]).includes(phase)
    ? (`phase.${phase}` as StatusMessageKey)
    : 'phase.unknown';
}

/** `data-*` value for an open enumeration: the value itself when known, else `unknown`. */
export function known(value: string, list: readonly string[]): string {
  return list.includes(value) ? value : 'unknown';
}
