import { verifyWebhookSignature } from '@kit/hooks/webhooks';
import { isRecord } from '../isRecord';
import { readBodyBytes } from '../readBodyBytes';
import { parseJsonBytes } from '../readJsonBody';
import type { WebhookReceiverOptions } from './resolveWebhookOptions';
import { WebhookRejectedError, type WebhookRejectionCode } from './WebhookRejectedError';

/**
 * The largest webhook body the receiver reads, in bytes (413 beyond). Not documented by DHMAD:
 * chosen as far above a proof event with its attachments while bounding what a forger can make
 * the server hash.
 */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;

/** Longest `X-Webhook-Id` and event name accepted (not documented by DHMAD: a sanity bound). */
const MAX_HEADER_LENGTH = 256;

/** A delivery whose signature, timestamp and body all checked out. */
export interface VerifiedDelivery {
  id: string;
  event: string;
  payload: unknown;
}

export type DeliveryCheck =
  | { ok: true; delivery: VerifiedDelivery }
  | { ok: false; rejection: WebhookRejectedError };

/**
 * `X-Webhook-Timestamp` in epoch milliseconds. DHMAD's example reads it with `new Date(…)` (a
 * date string, ISO 8601 inferred); plain digits are read as Unix seconds (up to 10 digits) or
 * milliseconds, in case it is numeric.
 */
function parseWebhookTimestamp(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,13}$/.test(trimmed)) {
    return trimmed.length <= 10 ? Number(trimmed) * 1000 : Number(trimmed);
  }
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : ms;
}

const present = (value: string | null): value is string =>
  value !== null && value.trim() !== '' && value.length <= MAX_HEADER_LENGTH;

/**
 * Checks one delivery, cheapest first: the headers (`X-Webhook-Id`, `X-Webhook-Timestamp`,
 * `X-Webhook-Signature`), the timestamp against `toleranceMs` either way, the body size, the
 * HMAC (Web Crypto, constant time), then that the body is JSON with an event name. The event
 * name is the body's own `event` string when it has one (covered by the signature), else
 * `X-Webhook-Event`.
 */
export async function checkWebhookDelivery(
  request: Request,
  secret: string,
  options: WebhookReceiverOptions,
): Promise<DeliveryCheck> {
  const headerId = request.headers.get('X-Webhook-Id');
  const id = present(headerId) ? headerId.trim() : undefined;
  const refuse = (code: WebhookRejectionCode, status: number, message: string): DeliveryCheck => ({
    ok: false,
    rejection: new WebhookRejectedError(code, status, options.schemeName, message, id),
  });

  const timestamp = request.headers.get('X-Webhook-Timestamp');
  const signature = request.headers.get('X-Webhook-Signature');
  if (!id || !present(timestamp)) {
    return refuse('INVALID_WEBHOOK', 400, 'X-Webhook-Id and X-Webhook-Timestamp are required.');
  }
  if (!present(signature))
    return refuse('INVALID_SIGNATURE', 401, 'X-Webhook-Signature is missing.');

  const sentAt = parseWebhookTimestamp(timestamp);
  if (sentAt === undefined || Math.abs(Date.now() - sentAt) > options.toleranceMs) {
    return refuse(
      'STALE_WEBHOOK',
      400,
      `X-Webhook-Timestamp is unreadable or more than ${options.toleranceMs} ms from now.`,
    );
  }

  const body = await readBodyBytes(request, MAX_WEBHOOK_BODY_BYTES);
  if (!body) {
    return refuse('PAYLOAD_TOO_LARGE', 413, `The body is over ${MAX_WEBHOOK_BODY_BYTES} bytes.`);
  }
  const signed = await verifyWebhookSignature(
    secret,
    { id, timestamp, body, signature },
    options.scheme,
  );
  if (!signed) {
    return refuse('INVALID_SIGNATURE', 401, 'X-Webhook-Signature does not match.');
  }

  const parsed = parseJsonBytes(body);
  if (!parsed) return refuse('INVALID_JSON', 400, 'The signed body is not UTF-8 JSON.');
  const bodyEvent = isRecord(parsed.value) ? parsed.value.event : undefined;
  const headerEvent = request.headers.get('X-Webhook-Event');
  const event =
    typeof bodyEvent === 'string' &&
    bodyEvent.trim() !== '' &&
    bodyEvent.length <= MAX_HEADER_LENGTH
      ? bodyEvent.trim()
      : present(headerEvent)
        ? headerEvent.trim()
        : undefined;
  if (!event) return refuse('INVALID_WEBHOOK', 400, 'X-Webhook-Event is missing.');
  return { ok: true, delivery: { id, event, payload: parsed.value } };
}
