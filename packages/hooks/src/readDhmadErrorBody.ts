import * as v from 'valibot';

/**
 * Every error body DHMAD documents (dhmad-api.md §4): `{ error: "Bad Request", message, details? }`,
 * `{ error: { code, type, message, user_message } }` (business rules),
 * `{ error: "Too Many Requests", message, retryAfter }`, and for the 409 of deliver, whose shape
 * is not documented, a code in `error.code`, in a top-level `code`, or as the `error` string.
 */
const optStr = v.optional(v.string());
/** The fields a business-rule error carries, nested in `error` or at the top level. */
const ruleFields = { code: optStr, type: optStr, message: optStr, user_message: optStr };
const errorBody = v.looseObject({
  error: v.optional(v.union([v.string(), v.looseObject(ruleFields)])),
  ...ruleFields,
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
  const { error, details, retryAfter } = parsed.output;
  const text = typeof error === 'string' ? error : undefined;
  // The nested fields win over the top-level ones (parsed JSON: a key present has a value).
  const { code, type, message, user_message } = {
    ...parsed.output,
    ...(typeof error === 'object' ? error : {}),
  };
  return {
    code: code ?? (text && CODE_SHAPED.test(text) ? text : 'HTTP_ERROR'),
    type,
    userMessage: user_message,
    message: message ?? text,
    details,
    retryAfter,
  };
}
