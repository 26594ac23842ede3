import { businessError } from '../businessErrors';
import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { setEscrowStatus } from '../setEscrowStatus';
import { HOUR_MS } from '../simulatorClock';
import { withEscrow } from './withEscrow';

/** The buyer's time to confirm a delivery (dhmad-api.md: its example sets deliveredAt + 7 days). */
const COMPLETION_WINDOW_MS = 7 * 24 * HOUR_MS;

/**
 * `POST /api/v1/escrows/:id/deliver` (the seller): a paid escrow becomes delivered, with a
 * week for the buyer to confirm; an instant escrow completes at once. 409 PROOF_NOT_ACCEPTED
 * while a purchase proof is not accepted (seed quick-escrow-with-proof.txt).
 */
export const deliverEscrowRoute = withEscrow(({ state }, escrow) => {
  const { id } = escrow;
  if (escrow.status !== 'paid') return badRequest('Escrow must be in paid status before delivery');
  const proof = state.proofs.get(id);
  if (proof && proof.phase !== 'accepted' && proof.phase !== 'accepted_by_timeout') {
    return jsonResponse(businessError('PROOF_NOT_ACCEPTED'), 409);
  }
  if (escrow.mode === 'instant') {
    setEscrowStatus(state, escrow, 'completed');
    return jsonResponse({
      message: 'Escrow delivered and completed (instant mode). Funds released.',
      escrow: escrowJson(state, id),
    });
  }
  setEscrowStatus(state, escrow, 'delivered');
  escrow.completionDeadline = state.clock.iso(state.clock.now() + COMPLETION_WINDOW_MS);
  return jsonResponse({ message: 'Escrow marked as delivered', escrow: escrowJson(state, id) });
});
