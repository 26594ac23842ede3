import * as v from 'valibot';
import type { DhmadRawAnswer, DhmadRawFailure } from './callUpstream';
import { DhmadApiError } from './DhmadApiError';

/**
 * Every error body DHMAD documents (dhmad-api.md §4): `{ error: "Bad Request", message, details? }`,
 * `{ error: { code, type, message, user_message } }`, `{ error: "Too Many Requests", retryAfter }`,
 * and for the 409 of deliver, whose shape is not documented, also a top-level `code`.
 */
const errorBody = v.looseObject({
  error: v.optional(
    v.union([
      v.string(),
      v.looseObject({
        code: v.optional(v.string()),
        type: v.optional(v.string()),
        message: v.optional(v.string()),
        user_message: v.optional(v.string()),
      }),
    ]),
  ),
  code: v.optional(v.string()),
  type: v.optional(v.string()),
  message: v.optional(v.string()),
  user_message: v.optional(v.string()),
  details: v.optional(v.looseObject({})),
  retryAfter: v.optional(v.number()),
});

const CODE_SHAPED = /^[A-Z][A-Z0-9_]+$/;

/** A DHMAD answer that is not a 2xx, as a `DhmadApiError` with DHMAD's status, code and texts. */
export function readDhmadError(answer: DhmadRawAnswer): DhmadApiError {
  const { status } = answer;
  const header = answer.retryAfter !== undefined ? Number(answer.retryAfter) : Number.NaN;
  const parsed = v.safeParse(errorBody, answer.json);
  if (!parsed.success) {
    return new DhmadApiError({
      status,
      code: 'HTTP_ERROR',
      message: `DHMAD answered HTTP ${status} with an error body of unknown shape.`,
      retryAfter: Number.isNaN(header) ? undefined : header,
    });
  }
  const body = parsed.output;
  const rule = typeof body.error === 'object' ? body.error : undefined;
  const text = typeof body.error === 'string' ? body.error : undefined;
  return new DhmadApiError({
    status,
    code: rule?.code ?? body.code ?? (text && CODE_SHAPED.test(text) ? text : 'HTTP_ERROR'),
    type: rule?.type ?? body.type,
    userMessage: rule?.user_message ?? body.user_message,
    message: rule?.message ?? body.message ?? text ?? `DHMAD answered HTTP ${status}.`,
    details: body.details,
    retryAfter: body.retryAfter ?? (Number.isNaN(header) ? undefined : header),
  });
}

/**
 * What a call that brought no usable answer rejects with: the caller's own abort reason as is
 * (as `fetch` does), else a `DhmadApiError` with status 0 (or DHMAD's status for an invalid answer).
 */
export function rejectionOf(failure: DhmadRawFailure): unknown {
  if (failure.reason === 'aborted') return failure.error;
  const codes = {
    timeout: 'TIMEOUT',
    unreachable: 'NETWORK_ERROR',
    invalid_response: 'INVALID_RESPONSE',
    misconfigured: 'MISCONFIGURED',
  } as const;
  return new DhmadApiError({
    status: failure.status ?? 0,
    code: codes[failure.reason],
    message: failure.message,
    cause: failure.error,
  });
}
