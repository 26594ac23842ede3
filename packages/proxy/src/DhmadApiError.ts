/**
 * The codes `createDhmadClient` gives errors it makes itself (DHMAD's own codes, such as
 * `PROOF_NOT_ACCEPTED` or the checkout business-rule codes, are kept as DHMAD sends them):
 * - `NETWORK_ERROR` (status 0): DHMAD could not be reached;
 * - `TIMEOUT` (status 0): no answer within `timeoutMs`;
 * - `INVALID_RESPONSE`: an answer that is not JSON, a redirect, one that contains the API key, or
 *   a success of an unexpected shape (with DHMAD's status);
 * - `HTTP_ERROR`: an error answer whose body names no code (with DHMAD's status);
 * - `INVALID_ESCROW_INPUT`, `INVALID_REJECTION_REASON`, `INVALID_ID` (status 0): input refused
 *   before anything was sent, `details` naming each field;
 * - `MISCONFIGURED` (status 0): `apiKey` missing or malformed, or of the other environment's host.
 */
export type DhmadClientErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'INVALID_RESPONSE'
  | 'HTTP_ERROR'
  | 'INVALID_ESCROW_INPUT'
  | 'INVALID_REJECTION_REASON'
  | 'INVALID_ID'
  | 'MISCONFIGURED';

export interface DhmadApiErrorInit {
  status: number;
  code: DhmadClientErrorCode | (string & {});
  message: string;
  type?: string;
  userMessage?: string;
  details?: Record<string, unknown>;
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error every method of `createDhmadClient` rejects with (an abort through the caller's
 * own `signal` excepted, which rejects with the signal's reason, as `fetch` does).
 */
export class DhmadApiError extends Error {
  override readonly name = 'DhmadApiError';
  /** DHMAD's HTTP status; `0` when no answer came or nothing was sent. */
  readonly status: number;
  /**
   * DHMAD's code (`error.code`, a top-level `code`, or a code-shaped `error` string such as
   * `"PROOF_NOT_ACCEPTED"`: the 409's shape is not documented, dhmad-api.md §4.3), else one of
   * `DhmadClientErrorCode`.
   */
  readonly code: DhmadClientErrorCode | (string & {});
  /** DHMAD's `error.type`, e.g. `business_rule_violation`. */
  readonly type: string | undefined;
  /** DHMAD's `user_message`: end-user text, safe to show (as text). */
  readonly userMessage: string | undefined;
  /** DHMAD's field → message map of a validation error, or the client's own for its input checks. */
  readonly details: Record<string, unknown> | undefined;
  /** Seconds to wait, from a 429's `retryAfter` (unit not documented; read as seconds) or `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(init: DhmadApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.userMessage = init.userMessage;
    this.details = init.details;
    this.retryAfter = init.retryAfter;
  }
}
