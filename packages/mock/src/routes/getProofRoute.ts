import { badRequest, jsonResponse } from '../jsonResponse';
import { proofJson } from '../proofJson';
import { withEscrow } from './withEscrow';

/**
 * `GET /escrows/:id/proof` → `{ proof }` with fresh attachment links. Before funding there is
 * no proof yet: what DHMAD answers then is not documented; chosen: 404 `Proof not found` for a
 * purchase-proof escrow, 400 for an escrow without the policy.
 */
export const getProofRoute = withEscrow(({ state }, escrow) => {
  const proof = proofJson(state, escrow.id);
  if (proof) return jsonResponse({ proof });
  if (escrow.fulfillmentPolicy?.type !== 'purchase_proof_required') {
    return badRequest('This escrow has no purchase-proof policy');
  }
  return jsonResponse(
    { error: 'Proof not found', message: 'No proof yet: the escrow has not been funded.' },
    404,
  );
});
