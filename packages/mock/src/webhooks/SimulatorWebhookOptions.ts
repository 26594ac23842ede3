import type { WebhookSignatureScheme } from '@kit/hooks/webhooks';
import type { WebhookEventName } from './WEBHOOK_EVENTS';

/** One signed webhook delivery, as the simulator sends it (and as `deliver` receives it). */
export interface WebhookDelivery {
  /** `X-Webhook-Id`: `wh_` and 32 random hex digits, new for every delivery. */
  id: string;
  /** `X-Webhook-Event`, also the body's `event`. */
  event: string;
  /** The escrow that changed (the body's `data.escrow.id`). */
  escrowId: string;
  /** `X-Webhook-Timestamp`: the simulated time of the change, ISO 8601. */
  timestamp: string;
  /** The `url` option, or `undefined` when only `deliver` is set. */
  url: string | undefined;
  /**
   * `Content-Type: application/json`, `X-Webhook-Id`, `X-Webhook-Event`, `X-Webhook-Timestamp`
   * and `X-Webhook-Signature` (`signWebhook(secret, { id, timestamp, body }, scheme)`).
   */
  headers: Record<string, string>;
  /**
   * The JSON text that was signed: `{ "event", "createdAt", "data": { …, "escrow" } }` (see the
   * README's "Webhooks").
   */
  body: string;
}

/** A delivery and how it went: `simulator.webhooks.deliveries`. */
export interface WebhookDeliveryRecord extends WebhookDelivery {
  /** `pending` until the POST (or `deliver`) settles. */
  outcome: 'pending' | 'delivered' | 'failed';
  /** The receiver's HTTP status, when it answered. */
  responseStatus?: number;
  /** Why a delivery failed: the error's message, or the non-2xx status. */
  error?: string;
}

/**
 * Turns on DHMAD's webhooks: every change of an escrow is signed and sent, after the change and in
 * order per escrow, as DHMAD's server would (dhmad-api.md §6). Either `url` or `deliver` is
 * required. A failed delivery is recorded in `simulator.webhooks.deliveries`, never thrown into the
 * request, session or `clock.advance` that caused it; DHMAD's retries are not documented, so the
 * simulator makes none.
 */
export interface SimulatorWebhookOptions {
  /**
   * The webhook's signing secret: a hex string, as DHMAD's dashboard shows one
   * (dhmad-api.md §6.2). Give your receiver the same one.
   */
  secret: string;
  /**
   * Where to POST each delivery (`http:` or `https:`), with the global `fetch`: a server of
   * yours in Node (in a browser only a server that allows the cross-origin POST, or MSW, can
   * receive it; use `deliver` there).
   */
  url?: string | URL;
  /**
   * Receives each delivery instead of the POST to `url` (works everywhere: hand the delivery to
   * your receiver's handler in a test, or record it). It may return (or resolve to) the
   * receiver's `Response`: one that is not 2xx marks the delivery `failed`, as do a throw and a
   * rejection; anything else counts as delivered. Awaited before the escrow's next delivery.
   */
  deliver?: (delivery: WebhookDelivery) => unknown;
  /**
   * How deliveries are signed (DHMAD's algorithm is not documented: see
   * `DEFAULT_WEBHOOK_SIGNATURE_SCHEME` of `@kit/hooks/webhooks`); use the one your receiver
   * verifies.
   * @default DEFAULT_WEBHOOK_SIGNATURE_SCHEME: HMAC-SHA256 of the body, hex
   */
  scheme?: WebhookSignatureScheme;
  /**
   * The events this webhook is subscribed to (DHMAD lets an account choose them,
   * dhmad-api.md §6.3); any other is neither sent nor recorded as a delivery.
   * @default every event (not DHMAD's `["escrow.status.updated"]`: chosen because a simulator
   * that stays silent on proof changes would hide them from your tests)
   */
  events?: readonly WebhookEventName[];
  /**
   * How long a POST to `url` may take before it is aborted and marked `failed`, in milliseconds.
   * Not documented by DHMAD: chosen so that a receiver that never answers cannot hold up
   * `settled()` for long.
   * @default 10000
   */
  timeoutMs?: number;
}
