import { signWebhook } from '@kit/hooks/webhooks';
import type { SimulatorEvent } from '../recordEvent';
import { errorMessage } from './errorMessage';
import type { WebhookConfig } from './resolveWebhookOptions';
import type { WebhookDelivery, WebhookDeliveryRecord } from './SimulatorWebhookOptions';
import { sendWebhook } from './sendWebhook';

/** `simulator.webhooks`: what was sent, and a way to wait for it. */
export interface SimulatorWebhooks {
  /**
   * Every delivery so far, oldest first, with its outcome (updated in place as it settles).
   * Empty when the `webhooks` option is off.
   */
  readonly deliveries: readonly WebhookDeliveryRecord[];
  /**
   * Resolves once every delivery of the changes made so far has settled, delivered or failed
   * (including those a delivery's own round trip caused). Never rejects. Await it in a test
   * instead of waiting for time to pass.
   */
  settled(): Promise<void>;
}

/** The webhooks of one simulator: `recordEvent` hands it every change. */
export interface WebhookDispatcher extends SimulatorWebhooks {
  /**
   * Queues the webhook of a recorded change (when subscribed): its body is built once the
   * current synchronous change is complete, and it is sent after the earlier deliveries of the
   * same escrow have settled. Returns at once and never throws.
   */
  enqueue(event: SimulatorEvent): void;
}

/** `wh_` and 32 random hex digits. Not documented by DHMAD: chosen to be unique and readable. */
function webhookId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `wh_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The webhook dispatcher of a simulator: `config` from `resolveWebhookOptions` (`undefined`:
 * webhooks off, nothing is queued), `bodyOf` builds an event's JSON body (`webhookBody`).
 */
export function createWebhookDispatcher(
  config: WebhookConfig | undefined,
  bodyOf: (event: SimulatorEvent) => string,
): WebhookDispatcher {
  const deliveries: WebhookDeliveryRecord[] = [];
  /** The last queued delivery of each escrow whose deliveries have not all settled. */
  const tails = new Map<string, Promise<void>>();

  async function build(
    event: SimulatorEvent,
    { secret, scheme, url }: WebhookConfig,
  ): Promise<WebhookDeliveryRecord> {
    const id = webhookId();
    const timestamp = event.at;
    const record: WebhookDeliveryRecord = {
      id,
      event: event.type,
      escrowId: event.escrowId,
      timestamp,
      url,
      headers: {
        'Content-Type': 'application/json',
        'X-Webhook-Id': id,
        'X-Webhook-Event': event.type,
        'X-Webhook-Timestamp': timestamp,
      },
      body: '',
      outcome: 'pending',
    };
    deliveries.push(record);
    try {
      record.body = bodyOf(event);
      const signed = { id, timestamp, body: record.body };
      record.headers['X-Webhook-Signature'] = await signWebhook(secret, signed, scheme);
    } catch (error) {
      Object.assign(record, { outcome: 'failed', error: errorMessage(error) });
    }
    return record;
  }

  async function send(record: WebhookDeliveryRecord, activeConfig: WebhookConfig) {
    if (record.outcome !== 'pending') return;
    const { id, event, escrowId, timestamp, url, headers, body } = record;
    const sent: WebhookDelivery = {
      id,
      event,
      escrowId,
      timestamp,
      url,
      body,
      headers: { ...headers },
    };
    Object.assign(record, await sendWebhook(activeConfig, sent));
  }

  return {
    deliveries,
    enqueue(event) {
      if (!config?.events.has(event.type)) return;
      // `then` runs after the synchronous change that recorded the event, so the body shows it whole.
      const built = Promise.resolve().then(() => build(event, config));
      const previous = tails.get(event.escrowId);
      const tail = Promise.all([built, previous]).then(([record]) => send(record, config));
      tails.set(event.escrowId, tail);
      void tail.then(() => {
        if (tails.get(event.escrowId) === tail) tails.delete(event.escrowId);
      });
    },
    async settled() {
      while (tails.size > 0) await Promise.all(tails.values());
    },
  };
}
