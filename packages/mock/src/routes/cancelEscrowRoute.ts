import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { setEscrowStatus } from '../setEscrowStatus';
import { withDirectAction } from './withDirectAction';

/**
 * `POST /escrows/:id/cancel` (the buyer or the seller; dhmad-api.md §4.3 and §7): a pending
 * escrow becomes cancelled (`cancelledAt`); after payment the parties cancel through checkout
 * sessions, so any other status gets DHMAD's 400 saying so. 403 for someone who is neither
 * party (`withDirectAction`). No body is read.
 */
export const cancelEscrowRoute = withDirectAction('cancel_pending', ({ state }, escrow) => {
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
