import type { Escrow, SuggestedCheckoutAction } from '@kit/hooks/core';
import { partyEmail } from './partyEmail';
import { SELLER_UPLOAD_PHASES } from './proofPhases';
import type { StoredProof } from './simulatorState';

const DESCRIPTIONS = {
  submit_proof:
    'Create a checkout session with this action and redirect the seller to DHMAD to upload proof of purchase or shipment.',
  review_proof:
    'Create a checkout session with this action and redirect the buyer to DHMAD to accept the proof or request corrections.',
  accept_cancellation:
    "Create a checkout session with this action and redirect the seller to DHMAD to accept the buyer's cancellation request.",
  reject_cancellation:
    "Create a checkout session with this action and redirect the seller to DHMAD to reject the buyer's cancellation request.",
} as const;

/**
 * The proof's `checkoutActions`: what DHMAD suggests next and for whom: the seller's upload,
 * the buyer's review, and the seller's answer to a pending cancellation request.
 */
export function suggestCheckoutActions(
  escrow: Escrow,
  proof: StoredProof | undefined,
): SuggestedCheckoutAction[] {
  const suggest = (action: keyof typeof DESCRIPTIONS, party: 'buyer' | 'seller') => ({
    action,
    targetUserEmail: partyEmail(escrow, party),
    description: DESCRIPTIONS[action],
  });
  const list: SuggestedCheckoutAction[] = [];
  if (escrow.status === 'paid' && proof) {
    if (SELLER_UPLOAD_PHASES.includes(proof.phase)) list.push(suggest('submit_proof', 'seller'));
    if (proof.phase === 'submitted_waiting_buyer_review') {
      list.push(suggest('review_proof', 'buyer'));
    }
  }
  if (escrow.cancellationRequest?.status === 'pending') {
    list.push(suggest('accept_cancellation', 'seller'), suggest('reject_cancellation', 'seller'));
  }
  return list;
}
