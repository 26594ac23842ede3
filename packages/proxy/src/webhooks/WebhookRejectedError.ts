/**
 * Why the receiver refused a delivery, with the HTTP status it answered:
 * - 400 `INVALID_WEBHOOK`: `X-Webhook-Id` or `X-Webhook-Timestamp` missing, or no event name;
 * - 400 `STALE_WEBHOOK`: `X-Webhook-Timestamp` unreadable or further from now than `toleranceMs`;
 * - 401 `INVALID_SIGNATURE`: `X-Webhook-Signature` missing or not the expected HMAC;
 * - 413 `PAYLOAD_TOO_LARGE`: a body over `MAX_WEBHOOK_BODY_BYTES`;
 * - 400 `INVALID_JSON`: a correctly signed body that is not UTF-8 JSON.
 */
export type WebhookRejectionCode =
  | 'INVALID_WEBHOOK'
  | 'STALE_WEBHOOK'
  | 'INVALID_SIGNATURE'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_JSON';

/**
 * What `onError` receives when the webhook receiver refuses a delivery (nothing was published).
 * The message names the signature scheme tried, never the secret.
 */
export class WebhookRejectedError extends Error {
  override readonly name = 'WebhookRejectedError';

  constructor(
    readonly code: WebhookRejectionCode,
    readonly status: number,
    /** The scheme the signature was checked against, e.g. `HMAC-SHA256(body), hex, secret as utf8`. */
    readonly scheme: string,
    /** What was wrong, in one sentence (also the answer's `error.message`). */
    readonly reason: string,
    /** `X-Webhook-Id` as sent, when there was one (attacker-controlled: log it as data). */
    readonly webhookId?: string,
  ) {
    super(`Webhook refused (${code}): ${reason} Scheme tried: ${scheme}.`);
  }
}
