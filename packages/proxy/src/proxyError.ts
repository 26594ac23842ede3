import { jsonResponse } from './jsonResponse';

/** The codes of the errors the proxy answers by itself (DHMAD's own errors pass through). */
export type ProxyErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INVALID_JSON'
  | 'INVALID_BODY'
  | 'INVALID_ID'
  | 'INVALID_ACTION'
  | 'INVALID_METADATA'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_INVALID_RESPONSE'
  | 'UPSTREAM_TIMEOUT'
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
