// @vitest-environment node
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EscrowLiveEvent } from '../EscrowEventBus';
import { connectRedisClient, type TestRedisClient } from '../test/connectRedisClient';
import { createResponseLog } from '../test/createResponseLog';
import { PAID_ESCROW_ID } from '../test/createTestUpstream';
import { type ProxySetup, proxyRequest, setupProxy } from '../test/setupProxy';
import { delivery, escrowEvent, WEBHOOK_SECRET } from '../test/setupWebhookProxy';
import { type RedisServer, startRedisServer } from '../test/startRedisServer';
import { waitForSubscribers } from '../test/waitForSubscribers';
import { createRedisEventBus, DEFAULT_REDIS_CHANNEL } from './createRedisEventBus';
import type { RedisEventBus } from './RedisEventBusOptions';
import { RedisUnavailableError } from './RedisUnavailableError';

const CHANNEL = DEFAULT_REDIS_CHANNEL;
let server: RedisServer;
let clients: TestRedisClient[];
/** Instance A: the proxy that receives webhooks and serves the escrow routes. */
let a: ProxySetup & { bus: RedisEventBus };
/** Instance B: where the live streams subscribe. */
let busB: RedisEventBus;

beforeAll(async () => {
  server = await startRedisServer();
  clients = await Promise.all([1, 2, 3].map(() => connectRedisClient(server.url)));
  const [clientA, clientB] = clients as [TestRedisClient, TestRedisClient];
  const busA = createRedisEventBus({ client: clientA });
  busB = createRedisEventBus({ client: clientB });
  const setup = await setupProxy(createResponseLog(), {
    eventBus: busA,
    webhooks: { secret: WEBHOOK_SECRET },
  });
  a = { ...setup, bus: busA };
});
afterAll(async () => {
  await a?.bus.close();
  await busB?.close();
  for (const client of clients ?? []) client.destroy();
  await server?.stop();
});

const admin = () => clients[2] as TestRedisClient;

describe('createRedisEventBus when Redis stops and comes back', () => {
  it('ends subscriptions, keeps the proxy answering, fails webhooks with 500, then recovers', async () => {
    const onError = vi.fn();
    const listener = vi.fn();
    busB.subscribe(['e1'], listener, onError);
    await waitForSubscribers(admin(), CHANNEL, 1);

    await server.stop();
    // Every open subscription hears it once and is dropped: its stream ends, its client polls.
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce(), { timeout: 2000, interval: 5 });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(RedisUnavailableError);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'disconnected' });

    // A new subscription while it is down is refused at once, not left hanging.
    const refused = vi.fn();
    busB.subscribe(['e1'], () => {}, refused);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(refused).toHaveBeenCalledWith(expect.any(RedisUnavailableError));

    // Every other route works as before.
    const escrow = await a.proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(escrow.status).toBe(200);
    expect(await escrow.json()).toMatchObject({ escrow: { id: PAID_ESCROW_ID } });

    // A webhook is answered 500 at once (DHMAD retries), reported, never a crash.
    const started = Date.now();
    const refusedDelivery = await a.proxy(await delivery({ id: 'wh_1', body: escrowEvent('e1') }));
    expect(refusedDelivery.status).toBe(500);
    expect(await refusedDelivery.json()).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
    expect(Date.now() - started).toBeLessThan(500);
    expect(a.onError).toHaveBeenCalledWith(expect.any(RedisUnavailableError), expect.anything());
    await expect(a.bus.publish({ escrowId: 'e1', event: 'x' })).rejects.toMatchObject({
      reason: 'disconnected',
    });

    await server.start();
    await vi.waitFor(() => expect(clients.every((c) => c.isReady)).toBe(true), {
      timeout: 3000,
      interval: 10,
    });
    await waitForSubscribers(admin(), CHANNEL, 1); // B's connection re-subscribed by itself
    const heard: EscrowLiveEvent[] = [];
    // As a page's stream does, subscribe again until the bus takes it (the reconnected
    // connection may report itself ready a moment after Redis counts its subscription).
    const recovered = await vi.waitFor(
      async () => {
        const onRecoveredError = vi.fn();
        busB.subscribe(['e1'], (event) => heard.push(event), onRecoveredError);
        await Promise.resolve();
        if (onRecoveredError.mock.calls.length > 0) throw new Error('still refused');
        return onRecoveredError;
      },
      { timeout: 2000, interval: 10 },
    );
    // DHMAD's retry of the refused delivery is now received and published.
    const retried = await a.proxy(await delivery({ id: 'wh_1', body: escrowEvent('e1') }));
    expect(await retried.json()).toEqual({ received: true });
    await vi.waitFor(() => expect(heard).toHaveLength(1), { timeout: 2000, interval: 5 });
    expect(heard).toEqual([{ escrowId: 'e1', event: 'escrow.proof.submitted' }]);
    expect(recovered).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledOnce();
    expect(listener).not.toHaveBeenCalled();
  });

  it('opens a new subscriber connection when node-redis gave up reconnecting the old one', async () => {
    const client = createClient({ url: server.url, socket: { reconnectStrategy: false } });
    client.on('error', () => {});
    await client.connect();
    const bus = createRedisEventBus({ client });
    const onError = vi.fn();
    bus.subscribe(['e2'], () => {}, onError);
    await waitForSubscribers(admin(), CHANNEL, 2);

    await server.stop();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce(), { timeout: 2000, interval: 5 });
    await server.start();
    await vi.waitFor(() => expect(admin().isReady).toBe(true), { timeout: 3000, interval: 10 });
    await waitForSubscribers(admin(), CHANNEL, 1); // B's connection is back; this bus's is not

    const heard: EscrowLiveEvent[] = [];
    const refused = vi.fn();
    bus.subscribe(['e2'], (event) => heard.push(event), refused);
    await waitForSubscribers(admin(), CHANNEL, 2);
    await admin().publish(
      CHANNEL,
      JSON.stringify({ escrowId: 'e2', event: 'escrow.status.updated' }),
    );
    await vi.waitFor(() => expect(heard).toHaveLength(1), { timeout: 2000, interval: 5 });
    expect(refused).not.toHaveBeenCalled();
    await bus.close();
    await bus.close();
    client.destroy();
  });
});
