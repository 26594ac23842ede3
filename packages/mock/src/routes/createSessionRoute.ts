import { checkCheckoutAction } from '@kit/hooks/core';
import { businessError } from '../businessErrors';
import { openCheckoutSession } from '../checkoutSession';
import { badRequest, jsonResponse } from '../jsonResponse';
import { proofForRules } from '../proofJson';
import { readJsonBody } from '../readJsonBody';
import { validateSessionRequest } from '../validateSessionRequest';
import { withEscrow } from './withEscrow';

/**
 * `POST /escrows/:id/sessions` → 201 `{ sessionId, url, expiresAt }` (seed
 * create-checkout-session.txt): 400 with `details` for invalid fields, 400 with DHMAD's
 * business-rule envelope when the action is not possible now.
 */
export const createSessionRoute = withEscrow(async ({ state, request, surface }, escrow) => {
  const { id } = escrow;
  const body = await readJsonBody(request);
  if (body instanceof Response) return body;
  const checked = validateSessionRequest(body, (action) =>
    surface.sessionDefaults(state, escrow, action),
  );
  if (!checked.ok) return badRequest('Invalid request parameters', checked.problems);
  const { action, targetUserEmail, redirectUrl } = checked.request;
  const code = checkCheckoutAction(escrow, proofForRules(state, id), action, targetUserEmail, {
    redirectUrl,
    allowedRedirectUrls: state.allowedRedirectUrls,
  });
  if (code) return jsonResponse(businessError(code), 400);
  const session = openCheckoutSession(state, { escrowId: id, ...checked.request });
  return jsonResponse(
    {
      sessionId: session.sessionId,
      url: `${state.config.checkoutOrigin}/checkout/${session.sessionId}`,
      expiresAt: state.clock.iso(session.expiresAt),
    },
    201,
  );
});
