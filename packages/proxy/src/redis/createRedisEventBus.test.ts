// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import type { EscrowLiveEvent } from '../EscrowEventBus';
import { API_KEY } from '../test/apiKey';
import { connectRedisClient, type TestRedisClient } from '../test/connectRedisClient';
import { CALLBACK_URL } from '../test/createTestUpstream';
import { delivery, escrowEvent, WEBHOOK_SECRET } from '../test/setupWebhookProxy';
import { type RedisServer, startRedisServer } from '../test/startRedisServer';
import { waitForSubscribers } from '../test/waitForSubscribers';
import {
  createRedisEventBus,
  DEFAULT_REDIS_CHANNEL,
  DEFAULT_REDIS_KEY_PREFIX,
} from './createRedisEventBus';
import type { RedisEventBus } from './RedisEventBusOptions';
import { RedisUnavailableError } from './RedisUnavailableError';

const CHANNEL = DEFAULT_REDIS_CHANNEL;
let server: RedisServer;
let admin: TestRedisClient;
let cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startRedisServer();
  admin = await connectRedisClient(server.url);
});
afterAll(async () => {
  admin?.destroy();
  await server?.stop();
});
beforeEach(() => admin.flushAll());
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** One proxy instance: its own Redis client, its bus, its proxy with the webhook receiver. */
async function instance() {
  const client = await connectRedisClient(server.url);
  const bus = createRedisEventBus({ client });
  cleanups.push(
    async () => client.destroy(),
    () => bus.close(),
  );
  const onError = vi.fn();
  const proxy = createEscrowProxy({
    apiKey: API_KEY,
    getUser: () => null,
    redirectUrl: CALLBACK_URL,
    fetch: () => Promise.reject(new Error('the receiver must not call DHMAD')),
    webhooks: { secret: WEBHOOK_SECRET },
    eventBus: bus,
    onError,
  });
  return { client, bus, proxy, onError };
}

/** A listener that records what it hears, and waits for an event to arrive. */
function recorder() {
  const heard: EscrowLiveEvent[] = [];
  const listener = (event: EscrowLiveEvent) => heard.push(event);
  const until = (escrowId: string) =>
    vi.waitFor(() => expect(heard.map((e) => e.escrowId)).toContain(escrowId), {
      timeout: 2000,
      interval: 5,
    });
  return { heard, listener, until };
}

describe('createRedisEventBus (two instances on one redis-server)', () => {
  it('delivers a webhook received by instance A to a listener subscribed on instance B', async () => {
    const a = await instance();
    const b = await instance();
    const onB = recorder();
    const onA = recorder();
    b.bus.subscribe(['e1'], onB.listener);
    a.bus.subscribe(['e1'], onA.listener);
    await waitForSubscribers(admin, CHANNEL, 2);

    const response = await a.proxy(await delivery({ id: 'wh_ab', body: escrowEvent('e1') }));
    expect(response.status).toBe(200);
    await onB.until('e1');
    await onA.until('e1');
    expect(onB.heard).toEqual([{ escrowId: 'e1', event: 'escrow.proof.submitted' }]);
    expect(a.onError).not.toHaveBeenCalled();
  });

  it('publishes a delivery once when the same X-Webhook-Id reaches both instances', async () => {
    const a = await instance();
    const b = await instance();
    const heard = recorder();
    b.bus.subscribe(['e1', 'e2'], heard.listener);
    await waitForSubscribers(admin, CHANNEL, 1);

    const first = await a.proxy(await delivery({ id: 'wh_dup', body: escrowEvent('e1') }));
    const again = await b.proxy(await delivery({ id: 'wh_dup', body: escrowEvent('e1') }));
    expect(await first.json()).toEqual({ received: true });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    // Redis keeps the order of publishes: once a later event arrived, a second e1 would have too.
    await a.bus.publish({ escrowId: 'e2', event: 'escrow.status.updated' });
    await heard.until('e2');
    expect(heard.heard.map((e) => e.escrowId)).toEqual(['e1', 'e2']);
    // The claim is one key with the receiver's time to live (24 h by default).
    const ttl = await admin.pTTL(`${DEFAULT_REDIS_KEY_PREFIX}wh_dup`);
    expect(ttl).toBeGreaterThan(86_000_000);
    expect(ttl).toBeLessThanOrEqual(86_400_000);
  });

  it('opens one subscriber connection per bus, however many subscriptions it holds', async () => {
    const a = await instance();
    const heard = [recorder(), recorder(), recorder()];
    const unsubscribe = heard.map((r, i) => a.bus.subscribe([`e${i}`, 'shared'], r.listener));
    await waitForSubscribers(admin, CHANNEL, 1);
    unsubscribe[0]?.();
    unsubscribe[0]?.();
    await a.bus.publish({ escrowId: 'shared', event: 'escrow.status.updated' });
    await heard[1]?.until('shared');
    await heard[2]?.until('shared');
    expect(heard[0]?.heard).toEqual([]);
    expect((await admin.pubSubNumSub(CHANNEL))[CHANNEL]).toBe(1);
  });

  it('ignores malformed messages on the channel and keeps delivering', async () => {
    const a = await instance();
    const heard = recorder();
    const onError = vi.fn();
    a.bus.subscribe(['e1'], heard.listener, onError);
    await waitForSubscribers(admin, CHANNEL, 1);
    for (const message of [
      'not json',
      '',
      'null',
      '[]',
      '"e1"',
      '{}',
      '{"escrowId":"e1"}',
      '{"escrowId":1,"event":"escrow.proof.submitted"}',
      '{"escrowId":"","event":"escrow.proof.submitted"}',
      '{"escrowId":"e1","event":null}',
      '{"escrowId":"e1","event":"x"',
    ])
      await admin.publish(CHANNEL, message);
    await admin.publish(CHANNEL, '{"escrowId":"e1","event":"escrow.proof.accepted","extra":1}');
    await heard.until('e1');
    expect(heard.heard).toEqual([{ escrowId: 'e1', event: 'escrow.proof.accepted' }]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps delivering to the others when a listener throws', async () => {
    const a = await instance();
    const heard = recorder();
    a.bus.subscribe(['e1'], () => {
      throw new Error('broken stream');
    });
    a.bus.subscribe(['e1'], heard.listener);
    await waitForSubscribers(admin, CHANNEL, 1);
    await a.bus.publish({ escrowId: 'e1', event: 'escrow.proof.submitted' });
    await heard.until('e1');
  });

  it('uses the channel and key prefix it is given', async () => {
    const a = await instance();
    const bus: RedisEventBus = createRedisEventBus({
      client: a.client,
      channel: 'shop:live',
      keyPrefix: 'shop:wh:',
    });
    cleanups.push(() => bus.close());
    const other = recorder();
    const mine = recorder();
    a.bus.subscribe(['e1', 'e9'], other.listener);
    bus.subscribe(['e1'], mine.listener);
    await waitForSubscribers(admin, 'shop:live', 1);
    await waitForSubscribers(admin, CHANNEL, 1);
    await bus.publish({ escrowId: 'e1', event: 'escrow.proof.submitted' });
    await mine.until('e1');
    await a.bus.publish({ escrowId: 'e9', event: 'escrow.status.updated' });
    await other.until('e9');
    expect(other.heard.map((e) => e.escrowId)).toEqual(['e9']);

    expect(await bus.markDelivered('wh_1', 1000)).toBe(true);
    expect(await bus.markDelivered('wh_1', 1000)).toBe(false);
    expect(await a.bus.markDelivered('wh_1', 1000)).toBe(true);
    expect(await admin.exists('shop:wh:wh_1')).toBe(1);
    await bus.forgetDelivery('wh_1');
    expect(await admin.exists('shop:wh:wh_1')).toBe(0);
    expect(await bus.markDelivered('wh_1', 1000)).toBe(true);
    await bus.forgetDelivery('never-claimed');
  });

  it('close() ends its subscriber connection and every subscription, and refuses what follows', async () => {
    const a = await instance();
    const onError = vi.fn();
    a.bus.subscribe(['e1'], () => {}, onError);
    await waitForSubscribers(admin, CHANNEL, 1);
    await a.bus.close();
    await a.bus.close();
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'closed' });
    await waitForSubscribers(admin, CHANNEL, 0);
    await expect(a.bus.publish({ escrowId: 'e1', event: 'x' })).rejects.toBeInstanceOf(
      RedisUnavailableError,
    );
    await expect(a.bus.markDelivered('wh_1', 1000)).rejects.toMatchObject({ reason: 'closed' });
    const late = vi.fn();
    a.bus.subscribe(['e1'], () => {}, late);
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith(expect.any(RedisUnavailableError));
    expect(a.client.isReady).toBe(true);
  });

  it('refuses options that are not a node-redis client, a channel or a key prefix', async () => {
    const { client } = await instance();
    const make = (options: unknown) => () =>
      createRedisEventBus(options as Parameters<typeof createRedisEventBus>[0]);
    expect(make(undefined)).toThrow(/`client` must be a node-redis client/);
    expect(make({ client: {} })).toThrow(TypeError);
    expect(make({ client, channel: '' })).toThrow(/`channel` must be a non-empty string/);
    expect(make({ client, keyPrefix: 1 })).toThrow(/`keyPrefix` must be a string/);
    const bus = createRedisEventBus({ client });
    await expect(bus.markDelivered('wh_1', 0)).rejects.toThrow(TypeError);
    await expect(bus.markDelivered('wh_1', Number.NaN)).rejects.toThrow(TypeError);
  });
});
