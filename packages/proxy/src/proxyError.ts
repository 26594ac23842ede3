import { jsonResponse } from './jsonResponse';

/**
 * The codes of the errors the proxy answers by itself (DHMAD's own errors pass through):
 * - 401 `UNAUTHENTICATED`: `getUser` found nobody;
 * - 403 `FORBIDDEN`: not a party to the escrow, not the session's target user, or another
 *   `targetUserEmail` than the user's own;
 * - 403 `ORIGIN_NOT_ALLOWED`: a `POST` (or a live event stream) from another origin than the app's own or
 *   `allowedOrigins` (OWASP CSRF cheat sheet, Origin and Fetch Metadata checks);
 * - 404 `NOT_FOUND` / 405 `METHOD_NOT_ALLOWED` (with `Allow`): outside the contract;
 * - 413 `PAYLOAD_TOO_LARGE`, 415 `UNSUPPORTED_MEDIA_TYPE`, 400 `INVALID_JSON`, `INVALID_BODY`,
 *   `INVALID_ID`, `INVALID_ACTION`, `INVALID_METADATA`: input DHMAD would refuse;
 * - 400 `INVALID_QUERY`: a live event stream naming no escrow, or more than
 *   `events.maxEscrowsPerStream`;
 * - 400 `INVALID_WEBHOOK`, `STALE_WEBHOOK`, 401 `INVALID_SIGNATURE`: a webhook delivery the
 *   receiver refused (`WebhookRejectedError`);
 * - 502 `UPSTREAM_UNAVAILABLE` / `UPSTREAM_INVALID_RESPONSE`, 504 `UPSTREAM_TIMEOUT`: DHMAD failed;
 * - 500 `MISCONFIGURED`: `apiKey` (or `apiBaseUrl` for that key) is missing or malformed,
 *   found on the first request; the message names the option, `onError` hears why;
 * - 500 `INTERNAL_ERROR`: a callback of the app's threw (details go to `onError` only).
 */
export type ProxyErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ORIGIN_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INVALID_JSON'
  | 'INVALID_BODY'
  | 'INVALID_ID'
  | 'INVALID_ACTION'
  | 'INVALID_METADATA'
  | 'INVALID_QUERY'
  | 'INVALID_WEBHOOK'
  | 'STALE_WEBHOOK'
  | 'INVALID_SIGNATURE'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_INVALID_RESPONSE'
  | 'UPSTREAM_TIMEOUT'
  | 'MISCONFIGURED'
  | 'INTERNAL_ERROR';

/**
 * An error the proxy answers by itself, in DHMAD's structured error shape so that `@kit/hooks`
 * reads it into an `EscrowApiError` with this `code`:
 * `{ "error": { "code", "type": "proxy_error", "message" } }`.
 */
export function proxyError(
  status: number,
  code: ProxyErrorCode,
  message: string,
  extraHeaders?: Record<string, string>,
): Response {
  return jsonResponse(
    status,
    JSON.stringify({ error: { code, type: 'proxy_error', message } }),
    extraHeaders,
  );
}
