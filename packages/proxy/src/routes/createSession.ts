import { isSecureRedirectUrl, sameEmail } from '@kit/hooks/core';
import type { RequestContext } from '../createRequestContext';
import { gateEscrow } from '../gateEscrow';
import { parseSessionInput } from '../parseSessionInput';
import { proxyError } from '../proxyError';
import { readJsonRequest } from '../readJsonRequest';

/**
 * `POST {basePath}/escrows/:id/sessions` `{ action, targetUserEmail?, redirectUrl?, metadata? }`
 * → DHMAD's `{ sessionId, url, expiresAt }`. The body must be `application/json` (415), at most
 * `MAX_BODY_BYTES` (413) and what DHMAD accepts (400); `targetUserEmail` is the signed-in user's
 * own unless `allowTargetOverride` (403); `redirectUrl` always comes from the configuration.
 * Only then is the escrow checked and the session created.
 */
export async function createSession(context: RequestContext): Promise<Response> {
  const { request, user, options } = context;
  const id = context.params.id as string;
  const body = await readJsonRequest(request);
  if (!body.ok) return body.response;
  const parsed = parseSessionInput(body.value);
  if (!parsed.ok) return parsed.response;
  const { action, targetUserEmail, metadata } = parsed.input;

  if (
    targetUserEmail !== undefined &&
    !sameEmail(targetUserEmail, user.email) &&
    !options.allowTargetOverride
  ) {
    return proxyError(
      403,
      'FORBIDDEN',
      'A checkout session can only be created for the signed-in user.',
    );
  }
  const redirectUrl =
    options.redirectUrl ??
    (await options.resolveRedirectUrl?.(request, {
      user,
      escrowId: id,
      action,
      requestedRedirectUrl: parsed.input.redirectUrl,
    }));
  if (!isSecureRedirectUrl(redirectUrl)) {
    throw new TypeError(
      '`resolveRedirectUrl` returned something that is not an https:// (or http://localhost) URL',
    );
  }
  const session = {
    action,
    targetUserEmail:
      options.allowTargetOverride && targetUserEmail ? targetUserEmail : user.email.trim(),
    redirectUrl,
    ...(metadata === undefined ? {} : { metadata }),
  };

  const gate = await gateEscrow(context, id);
  if (!gate.ok) return gate.response;
  return context.respond(await context.call('POST', `/escrows/${id}/sessions`, session));
}
