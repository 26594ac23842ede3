// Part 1 of `pnpm bench:live`: open streams, webhooks per second, delivered count, latency from
// webhook to stream message, memory per open stream.
import { readEventStream } from '../../../hooks/dist/readEventStream.js';
import { paced, percentile, sleep } from './stats.mjs';
import { postWebhook } from './webhooks.mjs';

/**
 * Opens `streams` live streams through the kit's own stream reader (`readEventStream` of
 * `@kit/hooks`, on Node's fetch), spread evenly over the escrows `ids` (one escrow each), then
 * posts `rate` signed webhooks a second for `seconds`, round robin over `ids`. With `rate` no
 * higher than `ids.length` per second, each escrow gets at most one webhook a second, so a
 * message is matched to the latest webhook of its escrow. Latency is from just before that
 * webhook's POST to the message's arrival, both on this thread's clock: an upper bound on
 * receipt → message. Memory is the proxy worker's heap and external memory after a GC.
 */
export async function fanout(proxy, ids, { streams, rate, seconds }) {
  const memoryBefore = await proxy.ask({ type: 'memory' }, 'memory');
  const controller = new AbortController();
  const lastSent = new Map();
  const latencies = [];
  let opened = 0;
  let refused = 0;
  const options = { baseUrl: `${proxy.origin}/api/escrow`, headers: { cookie: 'sid=buyer' } };
  const readers = [];
  for (let i = 0; i < streams; i += 1) {
    const escrowId = ids[i % ids.length];
    const reader = readEventStream(options, [escrowId], undefined, controller.signal, {
      onOpen: () => {
        opened += 1;
      },
      onEscrow: (id) => {
        const sent = lastSent.get(id);
        if (sent !== undefined) latencies.push(performance.now() - sent);
      },
      onActivity: () => {},
      onRetry: () => {},
      onId: () => {},
    });
    readers.push(
      reader.then((status) => {
        if (status !== 200) refused += 1;
      }),
    );
  }
  const openedBy = performance.now() + 60_000;
  while (opened + refused < streams && performance.now() < openedBy) await sleep(20);
  const memoryOpen = await proxy.ask({ type: 'memory' }, 'memory');

  const statuses = [];
  let n = 0;
  await paced(rate, seconds, async () => {
    const escrowId = ids[n++ % ids.length];
    lastSent.set(escrowId, performance.now());
    statuses.push(await postWebhook(proxy.origin, escrowId, 'escrow.status.updated'));
  });
  await sleep(500); // the last messages in flight
  controller.abort();
  await Promise.all(readers);

  latencies.sort((a, b) => a - b);
  const webhooks = statuses.length;
  return {
    streams,
    opened,
    refused,
    webhooks,
    webhookErrors: statuses.filter((status) => status !== 200).length,
    expected: webhooks * (streams / ids.length),
    delivered: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    bytesPerStream: (memoryOpen - memoryBefore) / streams,
  };
}
