import { businessError } from '../businessErrors';
import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { setEscrowStatus } from '../setEscrowStatus';
import { HOUR_MS } from '../simulatorClock';
import { withDirectAction } from './withDirectAction';

/** The buyer's time to confirm a delivery (dhmad-api.md: its example sets deliveredAt + 7 days). */
const COMPLETION_WINDOW_MS = 7 * 24 * HOUR_MS;

/**
 * `POST /escrows/:id/deliver` (the seller; dhmad-api.md §4.3 and §7): a paid escrow becomes
 * delivered (`deliveredAt`), with a week for the buyer to confirm (`completionDeadline`); an
 * instant escrow completes at once (`completedAt`). 403 for the wrong party
 * (`withDirectAction`); 400 "Escrow must be in paid status before delivery"; 409
 * `PROOF_NOT_ACCEPTED` in DHMAD's business-rule envelope while a purchase proof is not
 * `accepted` or `accepted_by_timeout` (seed quick-escrow-with-proof.txt; the exact 409 body
 * is not documented). No body is read.
 */
export const deliverEscrowRoute = withDirectAction('deliver', ({ state }, escrow) => {
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
