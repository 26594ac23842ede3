/**
 * DHMAD's webhook signature, signed and verified with Web Crypto only (`crypto.subtle`), so the
 * same code runs in Node, edge runtimes and the simulator.
 *
 * DHMAD documents the headers (`X-Webhook-Signature`, `X-Webhook-Timestamp`, `X-Webhook-Id`) and a
 * per-webhook hex `secret`, but not the algorithm (docs.dhmad.tn/guides/webhooks: the
 * verification section is not readable). Every part of it is therefore an option of
 * `WebhookSignatureScheme`, with one documented default.
 */

/** How a webhook signature is made: an HMAC-SHA256 of `signedPayload`, written in `encoding`. */
export interface WebhookSignatureScheme {
  /**
   * What is signed: the raw body; `{timestamp}.{body}`; or `{id}.{timestamp}.{body}`, where `id`
   * and `timestamp` are the `X-Webhook-Id` and `X-Webhook-Timestamp` headers exactly as sent.
   */
  signedPayload: 'body' | 'timestamp.body' | 'id.timestamp.body';
  /** How the 32-byte MAC is written in `X-Webhook-Signature`: lowercase hex or base64. */
  encoding: 'hex' | 'base64';
  /**
   * How the secret becomes the HMAC key: its UTF-8 bytes (as Node's
   * `createHmac('sha256', secret)` uses a string), or the bytes its hex digits spell.
   * @default 'utf8'
   */
  secretEncoding?: 'utf8' | 'hex';
}

/**
 * HMAC-SHA256 over the raw body, hex, with the secret's text as the key. Not documented by DHMAD:
 * chosen because the docs' Express example signs `JSON.stringify(req.body)` with Node's `crypto`
 * (`createHmac('sha256', secret)`, whose usual output is hex).
 */
export const DEFAULT_WEBHOOK_SIGNATURE_SCHEME: Readonly<Required<WebhookSignatureScheme>> =
  Object.freeze({ signedPayload: 'body', encoding: 'hex', secretEncoding: 'utf8' });

/** What of one delivery a signature may cover. */
export interface WebhookSignedParts {
  /** `X-Webhook-Id`, as sent. */
  id: string;
  /** `X-Webhook-Timestamp`, as sent (not reformatted). */
  timestamp: string;
  /** The raw request body: its bytes, or their text (encoded as UTF-8). */
  body: string | Uint8Array;
}

const encoder = new TextEncoder();
const HEX = /^(?:[0-9a-f]{2})+$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function hexBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!HEX.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text === '' || !BASE64.test(text)) return undefined;
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function hmacKey(
  secret: string,
  scheme: WebhookSignatureScheme,
  usage: 'sign' | 'verify',
): Promise<CryptoKey> {
  const bytes =
    typeof secret !== 'string'
      ? undefined
      : scheme.secretEncoding === 'hex'
        ? hexBytes(secret)
        : encoder.encode(secret);
  if (!bytes || bytes.length === 0) {
    throw new TypeError(
      `The webhook secret must be a non-empty ${scheme.secretEncoding === 'hex' ? 'hex string' : 'string'}.`,
    );
  }
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function signedBytes(parts: WebhookSignedParts, scheme: WebhookSignatureScheme) {
  const body = typeof parts.body === 'string' ? encoder.encode(parts.body) : parts.body;
  const prefix =
    scheme.signedPayload === 'id.timestamp.body'
      ? `${parts.id}.${parts.timestamp}.`
      : scheme.signedPayload === 'timestamp.body'
        ? `${parts.timestamp}.`
        : '';
  const head = encoder.encode(prefix);
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/**
 * The signature DHMAD would send for these parts under `scheme` (lowercase hex or padded base64,
 * no prefix). Used by the simulator and by tests. Rejects with a `TypeError` when the secret is
 * empty (or not hex under `secretEncoding: 'hex'`).
 */
export async function signWebhook(
  secret: string,
  parts: WebhookSignedParts,
  scheme: WebhookSignatureScheme = DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
): Promise<string> {
  const key = await hmacKey(secret, scheme, 'sign');
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, signedBytes(parts, scheme)));
  return scheme.encoding === 'base64'
    ? btoa(String.fromCharCode(...mac))
    : Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Does `signature` (the `X-Webhook-Signature` header) sign these parts under `scheme`? The header
 * may carry surrounding whitespace and a `sha256=` prefix (any case); hex may be in either case.
 * The MAC is compared by `crypto.subtle.verify`, in constant time. A header that is not a
 * well-formed MAC in `scheme.encoding` is `false`, never an exception; rejects with a
 * `TypeError` only for a bad secret, as `signWebhook` does.
 */
export async function verifyWebhookSignature(
  secret: string,
  parts: WebhookSignedParts & { signature: string | null | undefined },
  scheme: WebhookSignatureScheme = DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
): Promise<boolean> {
  const key = await hmacKey(secret, scheme, 'verify');
  if (typeof parts.signature !== 'string') return false;
  const text = parts.signature.trim().replace(/^sha256=/i, '');
  const mac = scheme.encoding === 'base64' ? base64Bytes(text) : hexBytes(text);
  if (!mac) return false;
  return crypto.subtle.verify('HMAC', key, mac, signedBytes(parts, scheme));
}
