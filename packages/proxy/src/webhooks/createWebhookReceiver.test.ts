// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  type DeliveryInit,
  delivery,
  escrowEvent,
  setupWebhookProxy,
  WEBHOOK_SECRET,
  WEBHOOK_URL,
} from '../test/setupWebhookProxy';
import { MAX_WEBHOOK_BODY_BYTES } from './checkWebhookDelivery';
import { WebhookRejectedError } from './WebhookRejectedError';

const errorCode = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

/** What `onError` heard, as text: it must name the scheme and never the secret. */
const reported = (onError: ReturnType<typeof setupWebhookProxy>['onError']) =>
  onError.mock.calls.map(([error]) => String(error)).join('\n');

const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

describe('the webhook receiver', () => {
  it('publishes { escrowId, event } of a signed delivery to subscribers, without any user', async () => {
    const { proxy, bus, getUser, onError } = setupWebhookProxy();
    const listener = vi.fn();
    bus.subscribe(['e1'], listener);
    const response = await proxy(await delivery({ headers: { 'Sec-Fetch-Site': 'cross-site' } }));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(listener.mock.calls).toEqual([[{ escrowId: 'e1', event: 'escrow.proof.submitted' }]]);
    expect(getUser).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('answers a duplicate X-Webhook-Id with 200 and publishes it once', async () => {
    const { proxy, published } = setupWebhookProxy();
    const first = await proxy(await delivery({ id: 'wh_dup' }));
    const again = await proxy(await delivery({ id: 'wh_dup', timestamp: minutes(1) }));
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(published).toHaveLength(1);
  });

  it("answers 500 when publishing fails, and publishes DHMAD's retry of that delivery", async () => {
    const { proxy, bus, published, onError } = setupWebhookProxy();
    const publish = bus.publish;
    bus.publish = () => Promise.reject(new Error('bus down'));
    const failed = await proxy(await delivery({ id: 'wh_retry' }));
    expect(failed.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'bus down' }),
      expect.any(Request),
    );
    bus.publish = publish;
    const retried = await proxy(await delivery({ id: 'wh_retry', timestamp: minutes(1) }));
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ received: true });
    expect(published).toEqual([{ escrowId: 'e1', event: 'escrow.proof.submitted' }]);
  });

  it('accepts event names it does not know, from the body or else X-Webhook-Event', async () => {
    const { proxy, published } = setupWebhookProxy();
    await proxy(await delivery({ id: 'a', body: escrowEvent('e1', 'escrow.brand_new.thing') }));
    await proxy(
      await delivery({ id: 'b', body: { data: { escrowId: 'e2' } }, event: 'escrow.other' }),
    );
    expect(published).toEqual([
      { escrowId: 'e1', event: 'escrow.brand_new.thing' },
      { escrowId: 'e2', event: 'escrow.other' },
    ]);
  });

  it('verifies with the configured scheme and refuses deliveries signed by another one', async () => {
    const scheme = { signedPayload: 'id.timestamp.body', encoding: 'base64' } as const;
    const { proxy, published, onError } = setupWebhookProxy({ scheme });
    expect((await proxy(await delivery({ id: 'a', scheme }))).status).toBe(200);
    const byDefault = await proxy(await delivery({ id: 'b' }));
    expect(byDefault.status).toBe(401);
    expect(await errorCode(byDefault)).toBe('INVALID_SIGNATURE');
    expect(published).toHaveLength(1);
    expect(reported(onError)).toContain(
      'Scheme tried: HMAC-SHA256(id.timestamp.body), base64, secret as utf8',
    );
  });

  it.each([
    ['another secret', { secret: 'not-the-secret' }, 401, 'INVALID_SIGNATURE'],
    ['a tampered signature', { signature: 'sha256=00' }, 401, 'INVALID_SIGNATURE'],
    ['no X-Webhook-Signature', { signature: null }, 401, 'INVALID_SIGNATURE'],
    ['no X-Webhook-Id', { id: null }, 400, 'INVALID_WEBHOOK'],
    ['no X-Webhook-Timestamp', { timestamp: null }, 400, 'INVALID_WEBHOOK'],
    ['an unreadable timestamp', { timestamp: 'yesterday-ish' }, 400, 'STALE_WEBHOOK'],
    ['a timestamp 5 min 1 s old', { timestamp: () => minutes(-5 - 1 / 60) }, 400, 'STALE_WEBHOOK'],
    ['a timestamp 5 min 1 s ahead', { timestamp: () => minutes(5 + 1 / 60) }, 400, 'STALE_WEBHOOK'],
    ['a signed body that is not JSON', { body: 'event=escrow.updated' }, 400, 'INVALID_JSON'],
    [
      'no event name at all',
      { body: { data: { escrowId: 'e1' } }, event: null },
      400,
      'INVALID_WEBHOOK',
    ],
  ] as const)('refuses %s, publishes nothing and reports why', async (_, init, status, code) => {
    const { proxy, published, onError } = setupWebhookProxy();
    // A timestamp is computed when the test runs, not when the table is built.
    const { timestamp, ...rest } = init as Omit<DeliveryInit, 'timestamp'> & {
      timestamp?: string | null | (() => string);
    };
    const at = typeof timestamp === 'function' ? { timestamp: timestamp() } : { timestamp };
    const response = await proxy(
      await delivery({ ...rest, ...(timestamp === undefined ? {} : at) }),
    );
    expect(response.status).toBe(status);
    expect(await errorCode(response)).toBe(code);
    expect(published).toEqual([]);
    const error = onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(WebhookRejectedError);
    expect(error).toMatchObject({ code, status });
    expect(reported(onError)).toContain('Scheme tried: HMAC-SHA256(body), hex, secret as utf8');
    expect(reported(onError)).not.toContain(WEBHOOK_SECRET);
  });

  it('accepts a timestamp within the tolerance, which is configurable', async () => {
    expect(
      (await setupWebhookProxy().proxy(await delivery({ timestamp: minutes(-4.9) }))).status,
    ).toBe(200);
    const strict = setupWebhookProxy({ toleranceMs: 10_000 });
    expect((await strict.proxy(await delivery({ timestamp: minutes(-0.5) }))).status).toBe(400);
    const unixSeconds = String(Math.floor(Date.now() / 1000));
    expect((await strict.proxy(await delivery({ timestamp: unixSeconds }))).status).toBe(200);
  });

  it('refuses a body over 256 KiB with 413, also when Content-Length says less', async () => {
    const { proxy, published } = setupWebhookProxy();
    const padding = 'x'.repeat(MAX_WEBHOOK_BODY_BYTES);
    const big = await delivery({ body: { ...escrowEvent(), padding } });
    expect((await proxy(big)).status).toBe(413);

    const signed = await delivery({ id: 'liar' });
    const chunk = new TextEncoder().encode(padding);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const headers = new Headers(signed.headers);
    headers.set('Content-Length', '10');
    const lying = new Request(WEBHOOK_URL, {
      method: 'POST',
      headers,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const response = await proxy(lying);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    expect(published).toEqual([]);
  });

  it('answers 200 but publishes nothing when no escrow id is found, reporting only escrow events', async () => {
    const { proxy, published, onError } = setupWebhookProxy();
    const identity = { event: 'identity.verification.updated', data: { status: 'approved' } };
    expect((await proxy(await delivery({ id: 'a', body: identity }))).status).toBe(200);
    expect(onError).not.toHaveBeenCalled();
    const bad = { event: 'escrow.updated', data: { escrow: { id: '../../admin' } } };
    expect((await proxy(await delivery({ id: 'b', body: bad }))).status).toBe(200);
    expect(published).toEqual([]);
    expect(reported(onError)).toMatch(/"b" \("escrow.updated"\) names no escrow id/);
  });

  it('lets getEscrowId read another envelope, and hands each first delivery to onEvent', async () => {
    const onEvent = vi.fn(() => {
      throw new Error('app bug');
    });
    const { proxy, published, onError } = setupWebhookProxy({
      getEscrowId: (payload) => (payload as { ref: string }).ref,
      onEvent,
    });
    const body = { event: 'escrow.status.updated', ref: 'order_42' };
    const response = await proxy(await delivery({ body }));
    expect(response.status).toBe(200);
    expect(published).toEqual([{ escrowId: 'order_42', event: 'escrow.status.updated' }]);
    expect(onEvent).toHaveBeenCalledWith({
      id: 'wh_1',
      event: 'escrow.status.updated',
      escrowId: 'order_42',
      payload: body,
    });
    expect(reported(onError)).toContain('app bug');
  });

  it('answers 500 MISCONFIGURED without a secret, naming the option, and 405 to other methods', async () => {
    const { proxy, onError, published } = setupWebhookProxy({ secret: '' });
    const response = await proxy(await delivery({ signature: 'sha256=00' }));
    expect(response.status).toBe(500);
    expect(await errorCode(response)).toBe('MISCONFIGURED');
    expect(reported(onError)).toContain('`webhooks.secret` is missing');
    expect(published).toEqual([]);
    const get = await proxy(new Request(WEBHOOK_URL));
    expect([get.status, get.headers.get('Allow')]).toEqual([405, 'POST']);
  });
});
