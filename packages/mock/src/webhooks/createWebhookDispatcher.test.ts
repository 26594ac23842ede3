// @vitest-environment node
import {
  DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
  verifyWebhookSignature,
  type WebhookSignatureScheme,
} from '@kit/hooks/webhooks';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import { act, SELLER, viaProxy } from '../test/simulatorRequests';
import { WEBHOOK_SECRET, webhookSimulator } from '../test/webhookSimulator';
import type { WebhookDelivery } from './SimulatorWebhookOptions';

const verify = (
  delivery: WebhookDelivery,
  scheme: WebhookSignatureScheme = DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
) =>
  verifyWebhookSignature(
    WEBHOOK_SECRET,
    { ...delivery, signature: delivery.headers['X-Webhook-Signature'] },
    scheme,
  );

describe('the webhook deliveries', () => {
  it("carries DHMAD's headers and a signature that verifies by the default scheme", async () => {
    const { sim, sent } = webhookSimulator();
    await act(sim, 'cancellation-requested', 'accept_cancellation', SELLER);
    const deliveries = await sent();
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      expect(delivery.headers).toEqual({
        'Content-Type': 'application/json',
        'X-Webhook-Id': delivery.id,
        'X-Webhook-Event': delivery.event,
        'X-Webhook-Timestamp': sim.clock.now().toISOString(),
        'X-Webhook-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(delivery.id).toMatch(/^wh_[0-9a-f]{32}$/);
      expect(delivery.url).toBeUndefined();
      await expect(verify(delivery)).resolves.toBe(true);
      await expect(verify({ ...delivery, body: `${delivery.body} ` })).resolves.toBe(false);
    }
    expect(new Set(deliveries.map((d) => d.id)).size).toBe(2);
  });

  it('signs by the configured scheme', async () => {
    const scheme = { signedPayload: 'id.timestamp.body', encoding: 'base64' } as const;
    const { sim, sent } = webhookSimulator({ webhooks: { scheme } });
    await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    const [delivery] = await sent();
    if (!delivery) throw new Error('no delivery');
    await expect(verify(delivery, scheme)).resolves.toBe(true);
    await expect(verify(delivery)).resolves.toBe(false);
  });

  it('sends only the subscribed events; simulator.events still records every change', async () => {
    const { sim, sentEvents } = webhookSimulator({
      webhooks: { events: ['escrow.proof.submitted', 'escrow.delivery.rejected'] },
    });
    await act(sim, 'proof-waiting', 'submit_proof', SELLER);
    await viaProxy(sim, 'POST', '/escrows/proof-delivered/reject-delivery');
    await viaProxy(sim, 'POST', '/escrows/status-pending/cancel');
    expect(await sentEvents()).toEqual([
      'proof-waiting escrow.proof.submitted',
      'proof-delivered escrow.delivery.rejected',
    ]);
    expect(sim.webhooks.deliveries.map((d) => d.event)).toEqual([
      'escrow.proof.submitted',
      'escrow.delivery.rejected',
    ]);
    expect(sim.events.map((e) => e.type)).toEqual([
      'escrow.proof.submitted',
      'escrow.status.updated',
      'escrow.delivery.rejected',
      'escrow.status.updated',
    ]);
  });

  it("sends an escrow's deliveries one after another, in order, and records each outcome", async () => {
    const log: string[] = [];
    let release = () => {};
    let firstStarted = () => {};
    const started = new Promise<void>((resolve) => {
      firstStarted = resolve;
    });
    const sim = createDhmadSimulator({
      scenarios: true,
      webhooks: {
        secret: WEBHOOK_SECRET,
        async deliver({ event }) {
          log.push(`start ${event}`);
          if (event === 'escrow.cancellation.accepted') {
            await new Promise<void>((resolve) => {
              release = resolve;
              firstStarted();
            });
          }
          log.push(`end ${event}`);
        },
      },
    });
    await act(sim, 'cancellation-requested', 'accept_cancellation', SELLER);
    // Wait for the first delivery to start (a loaded machine may take a while),
    // then give the second a chance to start too soon.
    await started;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['start escrow.cancellation.accepted']);
    expect(sim.webhooks.deliveries.map((d) => d.outcome)).toEqual(['pending', 'pending']);
    release();
    await sim.webhooks.settled();
    expect(log).toEqual([
      'start escrow.cancellation.accepted',
      'end escrow.cancellation.accepted',
      'start escrow.status.updated',
      'end escrow.status.updated',
    ]);
    expect(sim.webhooks.deliveries.map((d) => d.outcome)).toEqual(['delivered', 'delivered']);
  });

  it('records a throwing, rejecting or non-2xx callback as failed, never failing the change', async () => {
    const answers = [
      () => {
        throw new Error('receiver crashed');
      },
      () => Promise.reject(new Error('receiver down')),
      () => new Response('no', { status: 503 }),
      () => new Response(null, { status: 204 }),
    ];
    let call = 0;
    const sim = createDhmadSimulator({
      scenarios: true,
      webhooks: { secret: WEBHOOK_SECRET, deliver: () => answers[call++]?.() },
    });
    expect((await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver')).status).toBe(200);
    expect((await viaProxy(sim, 'POST', '/escrows/status-pending/cancel')).status).toBe(200);
    await act(sim, 'status-paid', 'cancel_escrow', SELLER);
    await act(sim, 'proof-waiting', 'submit_proof', SELLER);
    await sim.webhooks.settled();
    expect(
      sim.webhooks.deliveries.map(({ outcome, responseStatus, error }) => ({
        outcome,
        responseStatus,
        error,
      })),
    ).toEqual([
      { outcome: 'failed', error: 'receiver crashed' },
      { outcome: 'failed', error: 'receiver down' },
      { outcome: 'failed', responseStatus: 503, error: 'The receiver answered 503.' },
      { outcome: 'delivered', responseStatus: 204 },
    ]);
    expect(sim.getEscrow('status-paid')?.status).toBe('cancelled');
  });

  it('settles at once, and sends nothing, with webhooks off', async () => {
    const sim = createDhmadSimulator({ scenarios: true });
    await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    await expect(sim.webhooks.settled()).resolves.toBeUndefined();
    expect(sim.webhooks.deliveries).toEqual([]);
    expect(sim.events.length).toBeGreaterThan(0);
  });
});
