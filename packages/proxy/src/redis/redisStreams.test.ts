// @vitest-environment node
/**
 * Two proxy instances sharing one real redis-server, as a deployment behind a load balancer:
 * DHMAD's webhook reaches instance A; the browser's live stream is open on instance B.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectRedisClient, type TestRedisClient } from '../test/connectRedisClient';
import { createResponseLog } from '../test/createResponseLog';
import { PAID_ESCROW_ID } from '../test/createTestUpstream';
import { readEventStream } from '../test/readEventStream';
import { type ProxySetup, proxyRequest, setupProxy } from '../test/setupProxy';
import { type StreamProxySetup, setupStreamProxy, streamRequest } from '../test/setupStreamProxy';
import { delivery, escrowEvent, WEBHOOK_SECRET } from '../test/setupWebhookProxy';
import { type RedisServer, startRedisServer } from '../test/startRedisServer';
import { createRedisEventBus } from './createRedisEventBus';
import type { RedisEventBus } from './RedisEventBusOptions';

let server: RedisServer;
let clients: TestRedisClient[];
let buses: RedisEventBus[];
/** Instance A receives DHMAD's webhooks; instance B serves the live streams. */
let a: ProxySetup;
let b: StreamProxySetup;

beforeAll(async () => {
  server = await startRedisServer();
  clients = await Promise.all([1, 2].map(() => connectRedisClient(server.url)));
  buses = clients.map((client) => createRedisEventBus({ client }));
  const log = createResponseLog();
  a = await setupProxy(log, { eventBus: buses[0], webhooks: { secret: WEBHOOK_SECRET } });
  // Not through the response log, which reads each body to its end: a stream has none.
  b = setupStreamProxy({ eventBus: buses[1] });
});
afterAll(async () => {
  for (const bus of buses ?? []) await bus.close();
  for (const client of clients ?? []) client.destroy();
  await server?.stop();
});

const waitFor = <T>(check: () => T) => vi.waitFor(check, { timeout: 3000, interval: 10 });

/** Opens a stream on B for the paid escrow. */
async function openStreamOnB() {
  const response = await b.proxy(streamRequest([PAID_ESCROW_ID]));
  expect(response.status).toBe(200);
  return readEventStream(response);
}

let deliveries = 0;
/**
 * DHMAD posting `event` to A until the stream hears it: a bus's SUBSCRIBE is confirmed a few
 * milliseconds after the stream opens, and what is published before reaches nobody (DHMAD's
 * retries cover that in production). Each try is a new delivery, all answered 200.
 */
async function postUntilHeard(reading: ReturnType<typeof readEventStream>, event: string) {
  await waitFor(async () => {
    if (reading.messages.length === 0) {
      deliveries += 1;
      const body = escrowEvent(PAID_ESCROW_ID, event);
      const received = await a.proxy(await delivery({ id: `wh_a${deliveries}`, body }));
      expect(received.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(reading.messages.length).toBeGreaterThan(0);
  });
  return JSON.parse(reading.messages[0]?.data ?? '');
}

describe('live streams across proxy instances (Redis)', () => {
  it('sends a webhook received by A to a stream on B; with Redis down, B’s stream ends and every other route answers; back up, streams work again', {
    timeout: 20_000,
  }, async () => {
    const first = await openStreamOnB();
    expect(await postUntilHeard(first, 'escrow.status.updated')).toEqual({
      escrowId: PAID_ESCROW_ID,
      event: 'escrow.status.updated',
    });

    await server.stop();
    // The stream ends, so the page falls back to polling; B still answers the escrow.
    await first.ended;
    const escrow = await b.proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(escrow.status).toBe(200);

    await server.start();
    await waitFor(() => expect(clients.every((client) => client.isReady)).toBe(true));
    // As the page does, open a stream again until B's bus takes it (the browser backs off).
    const second = await waitFor(async () => {
      const reading = await openStreamOnB();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (reading.isEnded()) throw new Error('refused while Redis reconnects');
      return reading;
    });
    expect(await postUntilHeard(second, 'escrow.proof.submitted')).toMatchObject({
      event: 'escrow.proof.submitted',
    });
    await second.cancel();
  });
});
