import { describe, expectTypeOf, it } from 'vitest';
import {
  createDhmadSimulator,
  type SimulatorWebhookOptions,
  type SimulatorWebhooks,
  type WEBHOOK_EVENTS,
  type WebhookDelivery,
  type WebhookDeliveryRecord,
  type WebhookEventName,
} from '../index';

describe('webhook types', () => {
  it('takes the webhooks option and exposes the deliveries', () => {
    const sim = createDhmadSimulator({
      webhooks: {
        secret: 'ab12',
        url: new URL('http://127.0.0.1:3000/api/escrow/webhooks'),
        scheme: { signedPayload: 'id.timestamp.body', encoding: 'base64' },
        events: ['escrow.proof.submitted', 'escrow.status.updated'],
        deliver: (delivery) => {
          expectTypeOf(delivery).toEqualTypeOf<WebhookDelivery>();
          return new Response(null, { status: 204 });
        },
      },
    });
    expectTypeOf(sim.webhooks).toEqualTypeOf<SimulatorWebhooks>();
    expectTypeOf(sim.webhooks.deliveries).toEqualTypeOf<readonly WebhookDeliveryRecord[]>();
    expectTypeOf(sim.webhooks.settled()).toEqualTypeOf<Promise<void>>();
    expectTypeOf<(typeof WEBHOOK_EVENTS)[number]>().toEqualTypeOf<WebhookEventName>();
    expectTypeOf<WebhookDeliveryRecord['outcome']>().toEqualTypeOf<
      'pending' | 'delivered' | 'failed'
    >();

    const typo: SimulatorWebhookOptions = {
      secret: 'ab12',
      url: 'http://x.test',
      // @ts-expect-error: an event DHMAD does not document
      events: ['escrow.status.changed'],
    };
    void typo;
    // @ts-expect-error: the secret is required
    const noSecret: SimulatorWebhookOptions = { url: 'http://x.test' };
    void noSecret;
  });
});
