import type { DhmadRawFailure } from './callUpstream';
import { proxyError } from './proxyError';

/**
 * The proxy's answer when DHMAD gave no usable one: 504 `UPSTREAM_TIMEOUT`; 502
 * `UPSTREAM_UNAVAILABLE` (unreachable, or the call was dropped because the browser went away);
 * 502 `UPSTREAM_INVALID_RESPONSE` (a redirect, not JSON, or the API key in the body); 500
 * `MISCONFIGURED` (not reached: the proxy checks the key before any call).
 */
export function failureResponse(failure: DhmadRawFailure): Response {
  switch (failure.reason) {
    case 'timeout':
      return proxyError(504, 'UPSTREAM_TIMEOUT', failure.message);
    case 'unreachable':
    case 'aborted':
      return proxyError(502, 'UPSTREAM_UNAVAILABLE', 'DHMAD could not be reached.');
    case 'invalid_response':
      return proxyError(502, 'UPSTREAM_INVALID_RESPONSE', failure.message);
    case 'misconfigured':
      return proxyError(500, 'MISCONFIGURED', failure.message);
    default:
      return failure.reason satisfies never;
  }
}
