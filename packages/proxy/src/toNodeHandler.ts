import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

/** A `node:http` request listener; Express accepts it as a route handler. */
export type NodeRequestListener = (
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<void>;

/**
 * Adapts a fetch handler (such as `createEscrowProxy(…)`) to `node:http` and Express, on
 * `@hono/node-server`'s request listener: it builds the `Request` from the incoming message
 * (body streamed, `request.signal` aborted when the client goes away) and streams the
 * `Response` back. Unlike that library's default, it leaves the global `Request` and `Response`
 * of your process alone.
 *
 * @example
 * createServer(toNodeHandler(proxy)).listen(3000);
 * app.all('/api/escrow/*splat', toNodeHandler(proxy)); // Express 5, before any body parser
 */
export function toNodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
): NodeRequestListener {
  return getRequestListener((request) => handler(request), { overrideGlobalObjects: false });
}
