import type { BusinessErrorCode } from './model';

/**
 * DHMAD's rule for a checkout `redirectUrl` (seed create-checkout-session.txt): an absolute
 * `https:` URL, except `http://localhost` (any port) for development.
 */
export function isSecureRedirectUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
}

/** Same origin and path, ignoring query, hash and a trailing slash. */
function sameTarget(a: URL, b: URL) {
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return a.origin === b.origin && path(a) === path(b);
}

/**
 * The code DHMAD refuses a session's redirect URL with, or `undefined` when it is acceptable
 * (seed create-checkout-session.txt): `NO_REDIRECT_URLS_CONFIGURED` when the developer dashboard
 * lists none, `REDIRECT_URL_MUST_BE_HTTPS`, `REDIRECT_URL_NOT_ALLOWED` when it matches no allowed
 * URL (same origin and path; query, hash and a trailing slash ignored — not documented: chosen
 * because DHMAD appends its own query parameters). `allowedRedirectUrls` undefined = not known.
 */
export function checkRedirectUrl(
  redirectUrl: string | undefined,
  allowedRedirectUrls?: readonly string[],
): BusinessErrorCode | undefined {
  if (allowedRedirectUrls?.length === 0) return 'NO_REDIRECT_URLS_CONFIGURED';
  if (redirectUrl === undefined) return undefined;
  const url = URL.canParse(redirectUrl) ? new URL(redirectUrl) : undefined;
  if (url && !isSecureRedirectUrl(redirectUrl)) return 'REDIRECT_URL_MUST_BE_HTTPS';
  if (
    allowedRedirectUrls &&
    !(url && allowedRedirectUrls.some((a) => URL.canParse(a) && sameTarget(new URL(a), url)))
  ) {
    return 'REDIRECT_URL_NOT_ALLOWED';
  }
  return undefined;
}
