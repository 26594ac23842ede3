'use client';
import { type Escrow, type EscrowAction, expectsProof, type Proof } from '@kit/hooks';
import { useState } from 'react';
import { announceMessages } from '../i18n/announceMessages';
import { useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages } from '../i18n/en';
import { type TurnState, turnChange } from './turnChange';

interface Seen extends TurnState {
  /** The escrow's id, status and the viewer's steps: what a change must alter. */
  signature: string;
  id: string;
}

/**
 * Calls `announce` with one localized sentence when new data (a live event, a poll, another
 * tab's change) gives the viewer a next step they did not have: what the other party did and
 * what the viewer may do now (`turnChange`), e.g. "The seller uploaded proof — your turn to
 * review it." Nothing on the first data for an escrow, nothing on a refetch that leaves the
 * status and the viewer's steps as they were, nothing while an expected proof is not loaded
 * (`proof` undefined), nothing for the viewer's own action. Runs during render (React's
 * "adjusting state when a prop changes"), so `announce` must be a state setter of the caller.
 */
export function useTurnAnnouncement(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
  /** The viewer's next steps now (`nextStepsFor(escrow, proof, viewer)`), as the caller shows them. */
  steps: readonly EscrowAction[],
  announce: (text: string) => void,
): void {
  const i18n = useI18n(announceMessages, actionMessages);
  const [seen, setSeen] = useState<Seen>();
  if (!escrow || (proof === undefined && expectsProof(escrow))) return;
  const now: Seen = {
    id: escrow.id,
    status: escrow.status,
    steps,
    signature: `${escrow.id} ${escrow.status} ${steps.join()}`,
  };
  if (now.signature === seen?.signature) return;
  setSeen(now);
  const change = seen?.id === now.id ? turnChange(seen, now, escrow, proof) : undefined;
  if (change) {
    announce(i18n.t(`announce.${change.key}`, { step: i18n.t(`action.${change.step}`) }));
  }
}
