import type { Escrow } from './model';

/**
 * Whether `GET /escrows/:id/proof` has something to show: a quick escrow with the
 * purchase-proof policy (or proof info) that has been funded. Before payment there is no proof,
 * nor for one cancelled before it was paid (`cancelled` without `paidAt`).
 */
export function expectsProof(escrow: Escrow | undefined): boolean {
  if (escrow?.mode !== 'quick') return false;
  if (escrow.proofInfo?.phase) return true;
  const { status } = escrow;
  return (
    escrow.fulfillmentPolicy?.type === 'purchase_proof_required' &&
    status !== 'pending' &&
    !(status === 'cancelled' && !escrow.paidAt)
  );
}
