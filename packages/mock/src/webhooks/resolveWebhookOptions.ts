import { DEFAULT_WEBHOOK_SIGNATURE_SCHEME, type WebhookSignatureScheme } from '@kit/hooks/webhooks';
import type { SimulatorWebhookOptions } from './SimulatorWebhookOptions';
import { WEBHOOK_EVENTS } from './WEBHOOK_EVENTS';

/** `SimulatorWebhookOptions` checked, defaults applied. */
export interface WebhookConfig {
  secret: string;
  url: string | undefined;
  deliver: SimulatorWebhookOptions['deliver'];
  scheme: WebhookSignatureScheme;
  /** The subscribed events. */
  events: ReadonlySet<string>;
  timeoutMs: number;
}

const SIGNED_PAYLOADS: readonly string[] = ['body', 'timestamp.body', 'id.timestamp.body'];
const ENCODINGS: readonly string[] = ['hex', 'base64'];
const SECRET_ENCODINGS: readonly unknown[] = [undefined, 'utf8', 'hex'];
const KNOWN_EVENTS: ReadonlySet<string> = new Set(WEBHOOK_EVENTS);

const fail = (message: string): never => {
  throw new TypeError(`createDhmadSimulator: webhooks.${message}`);
};

function checkUrl(url: unknown): string | undefined {
  if (url === undefined) return undefined;
  const text = url instanceof URL ? url.href : url;
  const parsed = typeof text === 'string' && URL.canParse(text) ? new URL(text) : undefined;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    fail(`url must be an absolute http: or https: URL, got ${JSON.stringify(String(url))}.`);
  }
  return parsed?.href;
}

function checkScheme(scheme: unknown): WebhookSignatureScheme {
  if (scheme === undefined) return DEFAULT_WEBHOOK_SIGNATURE_SCHEME;
  const { signedPayload, encoding, secretEncoding } = (scheme ?? {}) as Record<string, unknown>;
  if (!SIGNED_PAYLOADS.includes(signedPayload as string)) {
    fail(`scheme.signedPayload must be one of ${SIGNED_PAYLOADS.join(', ')}.`);
  }
  if (!ENCODINGS.includes(encoding as string)) fail('scheme.encoding must be hex or base64.');
  if (!SECRET_ENCODINGS.includes(secretEncoding)) {
    fail('scheme.secretEncoding must be utf8 or hex.');
  }
  return scheme as WebhookSignatureScheme;
}

function checkEvents(events: unknown): ReadonlySet<string> {
  if (events === undefined) return KNOWN_EVENTS;
  if (!Array.isArray(events)) return fail('events must be an array of event names.');
  for (const event of events) {
    if (!KNOWN_EVENTS.has(event)) {
      fail(
        `events: ${JSON.stringify(event)} is not an event DHMAD documents (see WEBHOOK_EVENTS).`,
      );
    }
  }
  return new Set(events as string[]);
}

/**
 * Checks the `webhooks` option of `createDhmadSimulator` and applies its defaults; `undefined`
 * when webhooks are off. Throws a `TypeError` naming the first wrong field: a `secret` that is
 * not a non-empty hex string (DHMAD's secrets are hex, dhmad-api.md §6.2), neither `url` nor
 * `deliver`, a `url` that is not absolute `http:`/`https:`, a `deliver` that is not a function,
 * an unknown `scheme` value, an event name DHMAD does not document, or a `timeoutMs` that is not
 * a positive number.
 */
export function resolveWebhookOptions(options: unknown): WebhookConfig | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    return fail('secret is required: webhooks must be an object.');
  }
  const {
    secret,
    url,
    deliver,
    scheme,
    events,
    timeoutMs = 10_000,
  } = options as SimulatorWebhookOptions;
  if (typeof secret !== 'string' || !/^[0-9a-f]+$/i.test(secret)) {
    fail('secret must be a non-empty hex string, as DHMAD shows it.');
  }
  if (deliver !== undefined && typeof deliver !== 'function') {
    fail('deliver must be a function.');
  }
  if (url === undefined && deliver === undefined) fail('url or webhooks.deliver is required.');
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) {
    fail('timeoutMs must be a positive number of milliseconds.');
  }
  const checkedScheme = checkScheme(scheme);
  if (checkedScheme.secretEncoding === 'hex' && secret.length % 2 !== 0) {
    fail('secret must have an even number of hex digits under scheme.secretEncoding hex.');
  }
  return {
    secret,
    url: checkUrl(url),
    deliver,
    scheme: checkedScheme,
    events: checkEvents(events),
    timeoutMs,
  };
}
