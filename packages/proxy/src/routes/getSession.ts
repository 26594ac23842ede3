import { sameEmail } from '@kit/hooks/core';
import type { RequestContext } from '../createRequestContext';
import { isSuccess } from '../gateEscrow';
import { isRecord } from '../isRecord';
import { proxyError } from '../proxyError';

/**
 * `GET {basePath}/sessions/:sessionId` → DHMAD's `{ session }`, only to the user the session is
 * for (`targetUserEmail`), since session ids travel through URLs (403 `FORBIDDEN` otherwise).
 */
export async function getSession(context: RequestContext): Promise<Response> {
  const answer = await context.call('GET', `/sessions/${context.params.sessionId}`);
  if (!answer.ok || !isSuccess(answer)) return context.respond(answer);
  const session = isRecord(answer.json) ? answer.json.session : undefined;
  if (!isRecord(session)) return context.invalidAnswer('a session');
  const target = session.targetUserEmail;
  if (typeof target !== 'string' || !sameEmail(target, context.user.email)) {
    return proxyError(403, 'FORBIDDEN', 'This checkout session belongs to another user.');
  }
  return context.respond(answer);
}
