import type { DirectActionResult } from './directActions';
import { DIRECT_ACTION_PATHS, type DirectAction, type RejectDeliveryInput } from './directActions';
import { type EscrowClientOptions, request, seg } from './request';
import { directActionResponse, escrowIdProblem, withEscrowId } from './schemas';

/**
 * `POST {baseUrl}/escrows/:id/{deliver|reject-delivery|cancel}` → `{ message, escrow }`
 * (DESIGN.md, "The proxy contract"; dhmad-api.md §7). The body is always JSON: `{ reason }` for
 * a delivery rejection with a reason, else `{}` (the proxy accepts JSON only and sends DHMAD no
 * body for deliver and cancel). Every failure is an `EscrowApiError`; the 409 of a deliver
 * before acceptance has `code: 'PROOF_NOT_ACCEPTED'` whichever of its shapes DHMAD sends.
 */
export const postDirectAction = (
  options: EscrowClientOptions,
  id: string,
  action: DirectAction,
  input: RejectDeliveryInput = {},
): Promise<DirectActionResult> =>
  request(
    options,
    `/escrows/${seg(id)}/${DIRECT_ACTION_PATHS[action]}`,
    directActionResponse,
    {
      method: 'POST',
      body: JSON.stringify(
        action === 'reject_delivery' && input.reason ? { reason: input.reason } : {},
      ),
    },
    ({ escrow }) => escrowIdProblem(escrow),
  ).then(({ message, escrow }) => ({ message, escrow: withEscrowId(escrow) }));
