import { escrowJson } from '../escrowJson';
import { badRequest, jsonResponse } from '../jsonResponse';
import { recordEvent } from '../recordEvent';
import { setEscrowStatus } from '../setEscrowStatus';
import { withEscrow } from './withEscrow';

/** The optional `reason` of the body; an empty or unreadable body gives none. */
async function reasonOf(request: Request): Promise<string | null> {
  if (request.headers.get('content-length') === '0') return null;
  const body: unknown = await request.json().catch(() => ({}));
  const reason = (body as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/**
 * `POST /api/v1/escrows/:id/reject-delivery` `{ reason? }` (the buyer): a delivered escrow
 * returns to paid, the rejection kept in `deliveryRejections`. 400 while a dispute is open.
 */
export const rejectDeliveryRoute = withEscrow(async ({ state, request }, escrow) => {
  const { id } = escrow;
  if (escrow.status !== 'delivered') {
    return badRequest('Escrow must be in delivered status to reject delivery');
  }
  if (escrow.disputeTicket?.status === 'open') {
    return badRequest('Cannot reject delivery while a dispute is open');
  }
  const reason = await reasonOf(request);
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
});
