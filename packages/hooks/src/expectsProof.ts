import type { Escrow } from './model';

/**
 * Whether `GET /escrows/:id/proof` has something to show: a quick escrow with the
 * purchase-proof policy (or proof info) that has been funded. Before payment there is no proof.
 */
export function expectsProof(escrow: Escrow | undefined): boolean {
  if (escrow?.mode !== 'quick') return false;
  if (escrow.proofInfo?.phase) return true;
  return (
    escrow.fulfillmentPolicy?.type === 'purchase_proof_required' && escrow.status !== 'pending'
  );
}
