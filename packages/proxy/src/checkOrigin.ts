import { proxyError } from './proxyError';

/** Methods that change nothing, so no cross-site page gains anything by sending them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Where a state-changing request comes from (OWASP CSRF cheat sheet: "Verifying Origin with
 * standard headers" and "Fetch Metadata headers", as defence in depth on top of the JSON-only
 * bodies and `SameSite` cookies). A request whose method is not GET, HEAD or OPTIONS passes when:
 * - the browser says `Sec-Fetch-Site: same-origin` (only browsers set it, pages cannot), or
 * - its `Origin` is the request URL's origin or one of `allowedOrigins`, or
 * - it has no `Origin` and is not marked `Sec-Fetch-Site: cross-site` (servers, scripts, webhooks).
 * Anything else (a foreign origin, `Origin: null` from a sandboxed frame or a privacy-sensitive
 * redirect) answers 403 `ORIGIN_NOT_ALLOWED`; `undefined` means it passes. With `reads: true`,
 * GET and HEAD are checked the same way (the live event stream, which holds resources).
 *
 * Hono's `csrf` middleware was not used: it checks only form-like content types (a JSON `POST`
 * passes unchecked) and refuses requests that carry neither header.
 */
export function checkOrigin(
  request: Request,
  allowedOrigins: ReadonlySet<string>,
  { reads = false }: { reads?: boolean } = {},
): Response | undefined {
  if (!reads && SAFE_METHODS.has(request.method)) return undefined;
  const site = request.headers.get('Sec-Fetch-Site');
  if (site === 'same-origin') return undefined;
  const origin = request.headers.get('Origin');
  const allowed =
    origin === null
      ? site !== 'cross-site'
      : origin === new URL(request.url).origin || allowedOrigins.has(origin);
  return allowed
    ? undefined
    : proxyError(
        403,
        'ORIGIN_NOT_ALLOWED',
        'This request comes from a page the escrow proxy does not serve.',
      );
}
