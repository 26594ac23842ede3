import type { RequestContext } from './createRequestContext';
import type { ProxyOptions } from './resolveOptions';
import { cancelEscrow } from './routes/cancelEscrow';
import { createSession } from './routes/createSession';
import { deliverEscrow } from './routes/deliverEscrow';
import { getEscrow } from './routes/getEscrow';
import { getProof } from './routes/getProof';
import { getSession } from './routes/getSession';
import { rejectDelivery } from './routes/rejectDelivery';
import { streamEvents } from './routes/streamEvents';

/** One request of the proxy contract. */
export interface ProxyRoute {
  /** The one method the route answers; any other gets 405 with `Allow`. */
  method: 'GET' | 'POST';
  /** The path under `basePath`. Each `:name` segment is a DHMAD id, checked before `handle`. */
  path: `/${string}`;
  /** Runs once the proxy is configured, the origin checked, the user signed in and ids valid. */
  handle: (context: RequestContext) => Promise<Response>;
  /** Whether the route exists for these options (always, when not given); else 404. */
  enabled?: (options: ProxyOptions) => boolean;
}

/**
 * The proxy contract (DESIGN.md, "The proxy contract"): this table alone drives routing, the
 * 404 and 405 answers and the contract named in the 404 message. A new route is one file in
 * `routes/` and one row here.
 */
export const PROXY_ROUTES: readonly ProxyRoute[] = [
  { method: 'GET', path: '/escrows/:id', handle: getEscrow },
  { method: 'GET', path: '/escrows/:id/proof', handle: getProof },
  { method: 'POST', path: '/escrows/:id/sessions', handle: createSession },
  { method: 'GET', path: '/sessions/:sessionId', handle: getSession },
  { method: 'POST', path: '/escrows/:id/deliver', handle: deliverEscrow },
  { method: 'POST', path: '/escrows/:id/reject-delivery', handle: rejectDelivery },
  { method: 'POST', path: '/escrows/:id/cancel', handle: cancelEscrow },
  { method: 'GET', path: '/events', handle: streamEvents, enabled: (options) => !!options.events },
];

/** The routes as the 404 message names them: `GET /api/escrow/escrows/:id, …`. */
export const describeRoutes = (routes: readonly ProxyRoute[], basePath: string) =>
  routes.map((route) => `${route.method} ${basePath}${route.path}`).join(', ');

/** Each path with the methods it answers, in table order, for routing and `Allow`. */
export function methodsByPath(routes: readonly ProxyRoute[]): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const { path, method } of routes) paths.set(path, [...(paths.get(path) ?? []), method]);
  return paths;
}
