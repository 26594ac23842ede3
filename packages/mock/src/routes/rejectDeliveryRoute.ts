import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { readRejectionReason } from '../readRejectionReason';
import { recordEvent } from '../recordEvent';
import { setEscrowStatus } from '../setEscrowStatus';
import { withDirectAction } from './withDirectAction';

/**
 * `POST /escrows/:id/reject-delivery` `{ reason? }` (the buyer; dhmad-api.md §4.3 and §7): a
 * delivered escrow returns to paid, `deliveredAt` and `completionDeadline` cleared, the
 * rejection kept in `deliveryRejections`, and `escrow.delivery.rejected` recorded. 403 for the
 * wrong party (`withDirectAction`); 400 "Escrow must be in delivered status to reject
 * delivery", which also covers instant escrows (their deliver completes them, so they are
 * never delivered); 400 while a dispute is open. The proxy contract checks the reason before
 * these rules, as a proxy does before calling DHMAD (`readRejectionReason`).
 */
export const rejectDeliveryRoute = withDirectAction(
  'reject_delivery',
  async ({ state, request, surface }, escrow) => {
    const { id } = escrow;
    const reason = await readRejectionReason(request, surface.reasonReading);
    if (reason instanceof Response) return reason;
    if (escrow.status !== 'delivered') {
      return badRequest('Escrow must be in delivered status to reject delivery');
    }
    if (escrow.disputeTicket?.status === 'open') {
      return badRequest('Cannot reject delivery while a dispute is open');
    }
    escrow.deliveryRejections = [
      ...(escrow.deliveryRejections ?? []),
      { rejectedAt: state.clock.iso(), reason, previousDeliveredAt: escrow.deliveredAt ?? null },
    ];
    escrow.deliveredAt = null;
    escrow.completionDeadline = null;
    setEscrowStatus(state, escrow, 'paid');
    recordEvent(state, 'escrow.delivery.rejected', id, { reason });
    return jsonResponse({
      message: 'Delivery rejected. Escrow returned to paid status.',
      escrow: escrowJson(state, id),
    });
  },
);
