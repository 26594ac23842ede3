import * as v from 'valibot';

/**
 * Every error body DHMAD documents (dhmad-api.md §4): `{ error: "Bad Request", message, details? }`,
 * `{ error: { code, type, message, user_message } }` (business rules),
 * `{ error: "Too Many Requests", message, retryAfter }`, and for the 409 of deliver, whose shape
 * is not documented, a code in `error.code`, in a top-level `code`, or as the `error` string.
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

/** What an error body says, whichever of DHMAD's shapes it has. */
export interface DhmadErrorFields {
  /** DHMAD's code (`PROOF_NOT_ACCEPTED`, …), else `HTTP_ERROR`. */
  code: string;
  type: string | undefined;
  /** `user_message`: text meant for the end user, when DHMAD sends one. */
  userMessage: string | undefined;
  /** The developer-facing message, or the `error` string, when there is one. */
  message: string | undefined;
  /** Field → problem, for validation errors. */
  details: Record<string, unknown> | undefined;
  /** From the body of a 429 (units not documented; the kit reads seconds). */
  retryAfter: number | undefined;
}

const CODE_SHAPED = /^[A-Z][A-Z0-9_]+$/;

/**
 * Reads a DHMAD error body (parsed JSON) of any documented shape, or `undefined` when it is not
 * an object of that shape (then only the HTTP status is known). Shared by the browser client
 * (`EscrowApiError`) and `@kit/proxy`'s server client.
 */
export function readDhmadErrorBody(body: unknown): DhmadErrorFields | undefined {
  const parsed = v.safeParse(errorBody, body);
  if (!parsed.success) return undefined;
  const { error, code, type, message, user_message, details, retryAfter } = parsed.output;
  const rule = typeof error === 'object' ? error : undefined;
  const text = typeof error === 'string' ? error : undefined;
  return {
    code: rule?.code ?? code ?? (text && CODE_SHAPED.test(text) ? text : 'HTTP_ERROR'),
    type: rule?.type ?? type,
    userMessage: rule?.user_message ?? user_message,
    message: rule?.message ?? message ?? text,
    details,
    retryAfter,
  };
}
