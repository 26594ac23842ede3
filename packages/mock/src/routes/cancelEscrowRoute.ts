import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { setEscrowStatus } from '../setEscrowStatus';
import { withEscrow } from './withEscrow';

/**
 * `POST /api/v1/escrows/:id/cancel`: only a pending escrow; after payment the parties cancel
 * through checkout sessions (dhmad-api.md).
 */
export const cancelEscrowRoute = withEscrow(({ state }, escrow) => {
  if (escrow.status !== 'pending') {
    return badRequest(
      'Only pending escrows can be cancelled via API. For paid or delivered escrows, buyers use a request_cancellation checkout session; sellers use a cancel_escrow checkout session.',
    );
  }
  setEscrowStatus(state, escrow, 'cancelled');
  return jsonResponse({
    message: 'Escrow cancelled successfully',
    escrow: escrowJson(state, escrow.id),
  });
});
