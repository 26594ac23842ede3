import { checkOrigin } from './checkOrigin';
import { createRequestContext } from './createRequestContext';
import { isDhmadId } from './isDhmadId';
import { isRecord } from './isRecord';
import { proxyError } from './proxyError';
import type { ProxyRoute } from './proxyRoutes';
import type { ProxyOptions } from './resolveOptions';

export interface RouteMatch {
  /** The route's ids, percent-decoded. */
  params: Readonly<Record<string, string>>;
  /** The matched path after `basePath`, still percent-encoded. */
  rawPath: string;
}

/**
 * Runs one matched route, each step before the next: the run-time configuration (500
 * `MISCONFIGURED`, reported), the request's origin (403 `ORIGIN_NOT_ALLOWED`), the user
 * (401 `UNAUTHENTICATED`), the ids (400 `INVALID_ID`: any percent-encoding in an id counts as
 * invalid), then the route's handler with its per-request context.
 */
export async function runRoute(
  route: ProxyRoute,
  request: Request,
  match: RouteMatch,
  options: ProxyOptions,
): Promise<Response> {
  const upstream = options.upstream();
  if (!upstream.ok) {
    options.report(upstream.error, request);
    return proxyError(
      500,
      'MISCONFIGURED',
      `The escrow proxy is misconfigured: check its \`${upstream.option}\` option (the server log says why).`,
    );
  }
  const refused = checkOrigin(request, options.allowedOrigins);
  if (refused) return refused;

  const user = await options.getUser(request);
  if (!isRecord(user) || typeof user.email !== 'string' || user.email.trim() === '') {
    return proxyError(401, 'UNAUTHENTICATED', 'Sign in to continue.');
  }
  const ids = Object.values(match.params);
  if (match.rawPath.includes('%') || !ids.every(isDhmadId)) {
    return proxyError(400, 'INVALID_ID', 'The id in the URL is not a DHMAD id.');
  }

  const context = createRequestContext({
    request,
    user,
    params: match.params,
    options,
    client: upstream.client,
  });
  try {
    return await route.handle(context);
  } finally {
    context.dispose();
  }
}
