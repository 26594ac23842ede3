import { ESCROW_STATUSES, PROOF_PHASES } from '@kit/hooks';
import type { MessageKey } from '../i18n/en';

/** The message key of a status, `status.unknown` for one the kit does not know. */
export function statusKey(status: string): MessageKey {
  return (ESCROW_STATUSES as readonly string[]).includes(status)
    ? (`status.${status}` as MessageKey)
    : 'status.unknown';
}

/** The message key of a proof phase, `phase.unknown` for one the kit does not know. */
export function phaseKey(phase: string): MessageKey {
  return (PROOF_PHASES as readonly string[]).includes(phase)
    ? (`phase.${phase}` as MessageKey)
    : 'phase.unknown';
}

/** `data-*` value for an open enumeration: the value itself when known, else `unknown`. */
export function known(value: string, list: readonly string[]): string {
  return list.includes(value) ? value : 'unknown';
}
