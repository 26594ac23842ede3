import { checkOrigin } from '../checkOrigin';
import type { RequestContext } from '../createRequestContext';
import { authorizeStreamEscrows } from '../events/authorizeStreamEscrows';
import { openEventStream } from '../events/openEventStream';
import { readStreamEscrowIds } from '../events/readStreamEscrowIds';
import { proxyError } from '../proxyError';

/**
 * `GET {basePath}/events?escrow=…&escrow=…` → a Server-Sent Events stream of the escrows'
 * `{ escrowId, event }` (`openEventStream`), once every one of them is authorized like
 * `GET {basePath}/escrows/:id` (`authorizeStreamEscrows`). On only with an event source
 * (`webhooks` or `eventBus`); without one the route does not exist (404), which the kit's
 * client reads as "keep polling".
 *
 * Unlike the other reads, the stream's `Origin` is checked like a `POST`'s (403
 * `ORIGIN_NOT_ALLOWED`): a page of another site could not read it, yet would hold a connection,
 * a bus subscription and DHMAD calls open. Not documented by DHMAD: chosen as the same OWASP
 * rule, applied to the one read that holds resources.
 */
export async function streamEvents(context: RequestContext): Promise<Response> {
  const { request, options } = context;
  const streams = options.events;
  if (!streams) return proxyError(404, 'NOT_FOUND', 'This proxy has no live event stream.');
  const refused = checkOrigin(request, options.allowedOrigins, { reads: true });
  if (refused) return refused;
  const query = readStreamEscrowIds(request.url, streams.settings.maxEscrowsPerStream);
  if (!query.ok) return query.response;
  const denied = await authorizeStreamEscrows(context, query.ids, streams.authorizations);
  if (denied) return denied;
  return openEventStream({
    request,
    escrowIds: query.ids,
    hub: streams.hub,
    heartbeatMs: streams.settings.heartbeatMs,
    retryMs: streams.settings.retryMs,
  });
}
