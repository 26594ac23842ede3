import {
  checkDirectAction,
  type DirectAction,
  type Escrow,
  nextStepsFor,
  type Proof,
} from '@kit/hooks';

/** A direct action the order page offers besides `ProofPanel`'s next steps. */
export interface MoreAction {
  action: DirectAction;
  /** `deliver` before the proof is accepted: shown, but DHMAD will refuse it (409). */
  locked: boolean;
}

/**
 * The direct actions `ProofPanel` does not offer (its next steps, `nextStepsFor`, hold only
 * `deliver`, and only once DHMAD allows it): the buyer's "Reject delivery" on a delivered escrow,
 * "Cancel escrow" while pending, and the seller's "Mark as delivered" on a paid escrow whose
 * proof is not accepted yet — DHMAD then answers 409 `PROOF_NOT_ACCEPTED`, and the button shows
 * its message (not documented which the seller should see first: chosen so the rule is
 * visible, as DHMAD states it, rather than the button appearing from nowhere).
 */
export function moreActionsFor(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
  viewerEmail: string | undefined,
): MoreAction[] {
  if (!escrow) return [];
  const offered = nextStepsFor(escrow, proof, viewerEmail);
  const actions: MoreAction[] = [];
  for (const action of ['deliver', 'reject_delivery', 'cancel_pending'] as const) {
    if (offered.includes(action)) continue;
    const refusal = checkDirectAction(escrow, proof, action, viewerEmail);
    if (refusal === undefined) actions.push({ action, locked: false });
    else if (action === 'deliver' && refusal === 'PROOF_NOT_ACCEPTED') {
      actions.push({ action, locked: true });
    }
  }
  return actions;
}
