import { createEscrow } from '../createEscrow';
import { escrowJson } from '../escrowJson';
import { jsonResponse } from '../jsonResponse';
import { readJsonBody } from '../readJsonBody';
import type { RouteContext } from '../routeTable';

/**
 * `POST /api/v1/escrows` → 201 `{ message, escrow, contract, url, trackingId }` (dhmad-api.md);
 * `contract` is `null` outside standard mode. 400 with `details` for an invalid body.
 */
export async function createEscrowRoute({ state, request }: RouteContext): Promise<Response> {
  const body = await readJsonBody(request);
  if (body instanceof Response) return body;
  const created = createEscrow(state, body);
  if (!created.ok) return created.response;
  const { id, mode, signatures } = created.escrow;
  return jsonResponse(
    {
      message: 'Escrow created successfully',
      escrow: escrowJson(state, id),
      contract:
        mode === 'standard'
          ? {
              id: state.random.objectId(),
              pdfUrl: `https://sandbox.dhmad.tn/contracts/${id}.pdf`,
              sellerSigned: signatures?.sellerSigned ?? false,
              buyerSigned: false,
              isFullySigned: false,
            }
          : null,
      url: `https://sandbox.dhmad.tn/dashboard/escrow/${id}`,
      trackingId: id,
    },
    201,
  );
}
