/**
 * A simulator whose webhooks are handed to a callback that keeps them, and what it sent.
 */
import { createDhmadSimulator } from '../createDhmadSimulator';
import type { DhmadSimulatorOptions } from '../simulatorOptions';
import type { SimulatorWebhookOptions, WebhookDelivery } from '../webhooks/SimulatorWebhookOptions';

/** A webhook secret as DHMAD shows one: 64 hex digits. */
export const WEBHOOK_SECRET = '5a0c2f4e8b1d3c6a9e7f0b2d4c6e8a1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c';

/** A delivery with its body parsed. */
export interface ReceivedWebhook extends WebhookDelivery {
  /** `JSON.parse(body)`, typed as `JSON.parse` returns it, so a test can read any field. */
  payload: ReturnType<typeof JSON.parse>;
}

export interface WebhookSimulatorOptions extends Omit<DhmadSimulatorOptions, 'webhooks'> {
  webhooks?: Partial<SimulatorWebhookOptions>;
}

/** A simulator (every scenario loaded unless `scenarios` says otherwise) sending to a callback. */
export function webhookSimulator({ webhooks, ...options }: WebhookSimulatorOptions = {}) {
  const received: ReceivedWebhook[] = [];
  const sim = createDhmadSimulator({
    scenarios: true,
    ...options,
    webhooks: {
      secret: WEBHOOK_SECRET,
      deliver: (delivery) => {
        received.push({ ...delivery, payload: JSON.parse(delivery.body) });
      },
      ...webhooks,
    },
  });
  /** Waits for every delivery, then returns (and forgets) what arrived since the last call. */
  const sent = async () => {
    await sim.webhooks.settled();
    return received.splice(0);
  };
  /** `sent()` as `"<escrow id> <event>"` lines. */
  const sentEvents = async () => (await sent()).map((d) => `${d.escrowId} ${d.event}`);
  return { sim, sent, sentEvents };
}
