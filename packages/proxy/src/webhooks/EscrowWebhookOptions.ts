import type { WebhookSignatureScheme } from '@kit/hooks/webhooks';

/** A verified, first-time webhook delivery, as `onEvent` hears it. */
export interface EscrowWebhookDelivery {
  /** `X-Webhook-Id`. */
  id: string;
  /** `X-Webhook-Event` (any name, known to the kit or not). */
  event: string;
  /** The escrow it concerns, or `undefined` when none was found (e.g. identity events). */
  escrowId: string | undefined;
  /** The parsed JSON body, as DHMAD sent it (its envelope is not documented). */
  payload: unknown;
}

/**
 * The webhook receiver, `POST {basePath}{path}`: DHMAD → the proxy, authenticated by signature
 * (not by `getUser`).
 */
export interface EscrowWebhookOptions {
  /**
   * The webhook's signing secret from DHMAD (a hex string, shown when the webhook is created).
   * Read it from a server-only environment variable. Checked on the first delivery, not at
   * construction (a build without it succeeds): a missing one then answers 500 `MISCONFIGURED`
   * and tells `onError`. Never logged.
   */
  secret: string;
  /**
   * Where the receiver listens, under `basePath`: register `https://your.app{basePath}{path}` in
   * DHMAD's dashboard.
   * @default '/webhooks'
   */
  path?: string;
  /**
   * How DHMAD signs (not documented by DHMAD: see `DEFAULT_WEBHOOK_SIGNATURE_SCHEME` of
   * `@kit/hooks/webhooks`). Change it when DHMAD's dashboard or support says otherwise.
   * @default { signedPayload: 'body', encoding: 'hex', secretEncoding: 'utf8' }
   */
  scheme?: WebhookSignatureScheme;
  /**
   * How far `X-Webhook-Timestamp` may be from the server's clock, either way, in milliseconds.
   * DHMAD's example rejects events older than 5 minutes; future ones are refused the same, so a
   * forged far-future timestamp cannot outlive the de-duplication memory.
   * @default 300000
   */
  toleranceMs?: number;
  /**
   * How long a delivery id is remembered to answer a redelivery without publishing again, in
   * milliseconds. Not documented by DHMAD (its retry schedule is unknown): chosen to cover a
   * day of retries that carry a fresh timestamp.
   * @default 86400000
   */
  deduplicationTtlMs?: number;
  /**
   * Finds the escrow id in a delivery's JSON body (DHMAD's envelope is not documented). Return
   * `undefined` for a delivery that concerns no escrow. Replaces the default search, which takes
   * the first `[A-Za-z0-9_-]{1,64}` string of `data.escrow.id`, `data.escrow._id`,
   * `data.escrowId`, `data.escrow_id`, `escrowId`, `escrow_id`, then `data.id` and `data._id`
   * for `escrow.*` events only.
   */
  getEscrowId?: (payload: unknown, event: string) => string | undefined;
  /**
   * Hears each verified, first-time delivery after it is published (for your own processing,
   * e.g. updating orders). Not awaited: the receiver answers DHMAD at once; a throw or rejection
   * goes to `onError`.
   */
  onEvent?: (delivery: EscrowWebhookDelivery) => void | Promise<void>;
}
