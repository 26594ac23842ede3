import { describe, expectTypeOf, it } from 'vitest';
import {
  createEscrowProxy,
  createMemoryEventBus,
  type EscrowEventBus,
  type EscrowLiveEvent,
  type EscrowWebhookDelivery,
  type EscrowWebhookOptions,
  WebhookRejectedError,
  type WebhookRejectionCode,
} from '../index';

const base = { apiKey: '', getUser: () => null, redirectUrl: 'https://shop.example/cb' };

describe('webhook types', () => {
  it('takes the receiver options and an event bus', () => {
    createEscrowProxy({
      ...base,
      eventBus: createMemoryEventBus({ maxDeliveryIds: 100 }),
      webhooks: {
        secret: 'abc',
        scheme: { signedPayload: 'timestamp.body', encoding: 'base64' },
        getEscrowId: (payload, event) =>
          event.startsWith('escrow.') ? String(payload) : undefined,
        onEvent: async (delivery) => {
          expectTypeOf(delivery).toEqualTypeOf<EscrowWebhookDelivery>();
          expectTypeOf(delivery.escrowId).toEqualTypeOf<string | undefined>();
        },
      },
    });
    const wrongEncoding: EscrowWebhookOptions = {
      secret: 'abc',
      // @ts-expect-error: the encoding is one of two
      scheme: { signedPayload: 'body', encoding: 'hmac' },
    };
    void wrongEncoding;
    // @ts-expect-error: the secret is required
    const noSecret: EscrowWebhookOptions = {};
    void noSecret;
  });

  it('exposes the bus contract and the rejection', () => {
    expectTypeOf<EscrowEventBus['publish']>().parameter(0).toEqualTypeOf<EscrowLiveEvent>();
    expectTypeOf<EscrowEventBus['subscribe']>().returns.toEqualTypeOf<() => void>();
    expectTypeOf<EscrowEventBus['markDelivered']>().returns.toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(
      new WebhookRejectedError('STALE_WEBHOOK', 400, 's', 'r').code,
    ).toEqualTypeOf<WebhookRejectionCode>();
  });
});
