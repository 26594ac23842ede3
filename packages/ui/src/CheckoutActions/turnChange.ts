import type { Escrow, EscrowAction, EscrowStatus, Proof } from '@kit/hooks';
import type { announceMessages } from '../i18n/announceMessages';

/** What the other party did, named by its `announce.*` message, and the viewer's new step. */
export interface TurnChange {
  key: keyof typeof announceMessages extends `announce.${infer K}` ? K : never;
  /** The first step the viewer gained, in `nextStepsFor` order (`{step}` in the message). */
  step: EscrowAction;
}

/** The viewer's next steps (`nextStepsFor`) and the escrow's status at one moment. */
export interface TurnState {
  steps: readonly EscrowAction[];
  status: EscrowStatus | undefined;
}

/**
 * What a change from `before` to `after` gives the viewer to do, or `undefined` when it gives
 * nothing new. Each named change can only be the other party's doing (DHMAD's lifecycle: only
 * the seller submits proof, only the buyer pays, asks for a correction, accepts a proof or asks
 * to cancel, only the seller delivers). Any other new step is announced as "Your turn" unless
 * the viewer lost a step in the same change: not documented, chosen because a step that goes
 * away is one the viewer just took (their own success is announced by `ActionButton`).
 */
export function turnChange(
  before: TurnState,
  after: TurnState,
  escrow: Escrow,
  proof: Proof | null | undefined,
): TurnChange | undefined {
  const gained = after.steps.filter((step) => !before.steps.includes(step));
  const [first] = gained;
  if (!first) return undefined;
  const has = (step: EscrowAction) => gained.includes(step);
  const phase = proof?.phase ?? escrow.proofInfo?.phase;
  const justPaid = before.status === 'pending' && after.status === 'paid';
  if (has('review_proof')) return { key: 'proofSubmitted', step: 'review_proof' };
  if (has('accept_cancellation') || has('reject_cancellation')) {
    return { key: 'cancellationRequested', step: first };
  }
  if (has('submit_proof') && phase === 'correction_requested') {
    return { key: 'correctionRequested', step: 'submit_proof' };
  }
  if (justPaid && (has('submit_proof') || has('deliver'))) return { key: 'paid', step: first };
  if (has('deliver') && phase === 'accepted') return { key: 'proofAccepted', step: 'deliver' };
  if (has('complete') && after.status === 'delivered')
    return { key: 'delivered', step: 'complete' };
  const lost = before.steps.some((step) => !after.steps.includes(step));
  return lost ? undefined : { key: 'yourTurn', step: first };
}
