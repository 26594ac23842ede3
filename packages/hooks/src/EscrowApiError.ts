/** Codes the kit itself produces, beside DHMAD's own business codes. */
export type KitErrorCode =
  | 'NETWORK_ERROR'
  | 'INVALID_RESPONSE'
  | 'INVALID_METADATA'
  | 'INVALID_ACTION'
  | 'HTTP_ERROR';

export interface EscrowApiErrorInit {
  /** HTTP status; `0` when no response arrived (transport failure). */
  status: number;
  /** DHMAD's `error.code`, a kit code, or `HTTP_ERROR` when the body had none. */
  code: string;
  /** DHMAD's `error.type`, e.g. `business_rule_violation`. */
  type?: string;
  /** End-user text from DHMAD (`error.user_message`): safe to show, always as text. */
  userMessage?: string;
  /** Developer-facing text, for logs. */
  message: string;
  /** Seconds to wait before retrying, from a 429's `retryAfter`. */
  retryAfter?: number;
  /** Field → message map from a validation error, or other structured detail. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The one error type every `@kit/hooks` request rejects with. */
export class EscrowApiError extends Error {
  override readonly name = 'EscrowApiError';
  readonly status: number;
  readonly code: string;
  readonly type: string | undefined;
  readonly userMessage: string | undefined;
  readonly retryAfter: number | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(init: EscrowApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.userMessage = init.userMessage;
    this.retryAfter = init.retryAfter;
    this.details = init.details;
  }
}

/** True for any `EscrowApiError`, also one created by another copy of the kit. */
export function isEscrowApiError(value: unknown): value is EscrowApiError {
  return (
    value instanceof EscrowApiError ||
    (value instanceof Error &&
      value.name === 'EscrowApiError' &&
      typeof (value as Partial<EscrowApiError>).status === 'number' &&
      typeof (value as Partial<EscrowApiError>).code === 'string')
  );
}

/** True for DHMAD's 400 business-rule answers (`error.type === "business_rule_violation"`). */
export function isBusinessRuleError(value: unknown): value is EscrowApiError {
  return (
    isEscrowApiError(value) && value.status === 400 && value.type === 'business_rule_violation'
  );
}

/** The error of a request refused before sending: a 400 `invalid_request` with the kit's code. */
export const invalidRequest = (code: string, message: string) =>
  new EscrowApiError({ status: 400, code, type: 'invalid_request', message });
