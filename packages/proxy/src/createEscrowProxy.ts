import { Hono } from 'hono';
import type { EscrowProxyHandler, EscrowProxyOptions, EscrowProxyUser } from './EscrowProxyOptions';
import { proxyError } from './proxyError';
import { describeRoutes, methodsByPath, PROXY_ROUTES } from './proxyRoutes';
import { resolveOptions } from './resolveOptions';
import { runRoute } from './runRoute';
import { createWebhookReceiver } from './webhooks/createWebhookReceiver';

const internalError = () =>
  proxyError(500, 'INTERNAL_ERROR', 'The escrow proxy failed; the server log says why.');

/**
 * Creates the app's backend proxy for `@kit/hooks`: a fetch handler that serves the proxy
 * contract under `basePath`, authenticates the user with `getUser`, lets through only the
 * escrow's buyer and seller (`authorize`), checks where state-changing requests come from
 * (`allowedOrigins`), validates every input, calls DHMAD with the API key, and passes DHMAD's
 * status codes and JSON bodies through unchanged. Every answer is JSON with
 * `Cache-Control: no-store`, except the live event stream (`GET {basePath}/events`, on with
 * `webhooks` or `eventBus`: Server-Sent Events); the proxy's own errors are
 * `{ error: { code, type: "proxy_error", message } }` (`ProxyErrorCode`).
 *
 * Throws a `TypeError` at once on options of the wrong shape (no `getUser`, both or neither
 * redirect option, a bad `basePath`, `apiBaseUrl`, `allowedOrigins` or `timeoutMs`). The API key
 * is checked on the first request instead, so that building an app without the key set
 * succeeds: a missing or malformed key answers 500 `MISCONFIGURED` and is reported to `onError`.
 *
 * Routing is Hono's router over the `PROXY_ROUTES` table, on the raw (percent-encoded) path.
 */
export function createEscrowProxy<TUser extends EscrowProxyUser = EscrowProxyUser>(
  options: EscrowProxyOptions<TUser>,
): EscrowProxyHandler {
  // The user type matters only to the app's own callbacks, which get back what `getUser` gave.
  const resolved = resolveOptions(options as unknown as EscrowProxyOptions);
  const { basePath } = resolved;
  const app = new Hono({ getPath: (request) => new URL(request.url).pathname });

  if (resolved.webhooks) {
    // Mounted before the user-facing routes: DHMAD authenticates by signature, not as a user.
    const webhookPath = `${basePath}${resolved.webhooks.path}`;
    const receiveWebhook = createWebhookReceiver(
      resolved.webhooks,
      resolved.eventBus,
      resolved.report,
    );
    app.post(webhookPath, (c) => receiveWebhook(c.req.raw));
    app.all(webhookPath, () =>
      proxyError(405, 'METHOD_NOT_ALLOWED', 'This route answers POST only.', { Allow: 'POST' }),
    );
  }
  const routes = PROXY_ROUTES.filter((route) => route.enabled?.(resolved) ?? true);
  for (const route of routes) {
    app.on(route.method, `${basePath}${route.path}`, (c, next) =>
      // Hono answers HEAD with the GET route; the contract answers it with 405.
      c.req.method === route.method
        ? runRoute(
            route,
            c.req.raw,
            { params: c.req.param(), rawPath: c.req.path.slice(basePath.length) },
            resolved,
          )
        : next(),
    );
  }
  for (const [path, methods] of methodsByPath(routes)) {
    app.all(`${basePath}${path}`, () =>
      proxyError(405, 'METHOD_NOT_ALLOWED', `This route answers ${methods.join(', ')} only.`, {
        Allow: methods.join(', '),
      }),
    );
  }
  const contract = describeRoutes(routes, basePath);
  app.notFound(() => proxyError(404, 'NOT_FOUND', `The escrow proxy serves only ${contract}.`));
  app.onError((error, c) => {
    resolved.report(error, c.req.raw);
    return internalError();
  });

  return async function escrowProxy(request: Request): Promise<Response> {
    try {
      return await app.fetch(request);
    } catch (error) {
      resolved.report(error, request);
      return internalError();
    }
  };
}
