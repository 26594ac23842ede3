import { verifyWebhookSignature } from '@kit/hooks/webhooks';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import type { WebhookDelivery } from './SimulatorWebhookOptions';

const SECRET = '00ff'.repeat(16);

describe('webhooks in Chromium', () => {
  it('hands each signed delivery to the deliver callback, where there is no server to POST to', async () => {
    const received: WebhookDelivery[] = [];
    const sim = createDhmadSimulator({
      scenarios: ['proof-accepted'],
      webhooks: { secret: SECRET, deliver: (delivery) => void received.push(delivery) },
    });
    const response = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/proof-accepted/deliver', { method: 'POST' }),
    );
    expect(response.status).toBe(200);
    await sim.webhooks.settled();
    expect(received.map((d) => d.event)).toEqual(['escrow.status.updated']);
    const [delivery] = received;
    if (!delivery) throw new Error('no delivery');
    expect(JSON.parse(delivery.body).data.escrow).toMatchObject({
      id: 'proof-accepted',
      status: 'delivered',
    });
    const signature = delivery.headers['X-Webhook-Signature'];
    await expect(verifyWebhookSignature(SECRET, { ...delivery, signature })).resolves.toBe(true);
    expect(sim.webhooks.deliveries.map((d) => d.outcome)).toEqual(['delivered']);
  });
});
