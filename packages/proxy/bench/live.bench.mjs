// Live updates, measured on loopback (#14): `pnpm bench:live` builds @kit/proxy and what it
// needs, then runs this file; `node packages/proxy/bench/live.bench.mjs [--quick]` runs it alone.
//
// Three servers in worker threads (live/servers.mjs): the simulator as DHMAD, the proxy with its
// webhook receiver and live stream, and a bare pass-through. Three parts:
//   1. fan-out      1,000 open streams over 100 escrows; 100 signed webhooks/s for 10 s →
//                   delivered against expected, webhook → message p50/p99, memory per stream
//   2. requests     DHMAD GETs of one watched escrow over a scripted hour (time scaled down
//                   `--scale` times, 200 by default: 18 s) with two changes, polling against live
//   3. added        the proxy's added latency on GET escrows/:id against the pass-through, at
//                   1,000 req/s, 0 errors expected
// Prints a Markdown table of the figures and exits non-zero when a delivery or request failed.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { watchedHour } from '../../hooks/bench/liveRequests.mjs';
import { addedLatency } from './live/addedLatency.mjs';
import { fanout } from './live/fanout.mjs';
import { serveInWorker, startServer, WATCHED } from './live/servers.mjs';
import { postWebhook } from './live/webhooks.mjs';

const ESCROWS = 100;

/** One scripted hour against a fresh simulator and proxy, so each run starts from one state. */
async function requestsPerHour(url, live, scale) {
  const upstream = await startServer(url, 'upstream', { escrows: 0 });
  const proxy = await startServer(url, 'proxy', { upstreamOrigin: upstream.origin });
  try {
    return await scriptedHour(upstream, proxy, live, scale);
  } finally {
    upstream.close();
    proxy.close();
  }
}

async function scriptedHour(upstream, proxy, live, scale) {
  const escrowGets = async () => {
    const counts = await upstream.ask({ type: 'counts' }, 'counts');
    return (
      (counts[`/api/v1/escrows/${WATCHED}`] ?? 0) +
      (counts[`/api/v1/escrows/${WATCHED}/proof`] ?? 0)
    );
  };
  upstream.worker.postMessage({ type: 'reset' });
  const marks = await watchedHour({
    baseUrl: `${proxy.origin}/api/escrow`,
    cookie: 'sid=seller',
    escrowId: WATCHED,
    live,
    scale,
    counts: escrowGets,
    change: async (step) => {
      const changed = await upstream.ask({ type: 'change', step }, 'changed');
      if (changed !== step) throw new Error(`bench:live: change ${step} ${changed}`);
      await postWebhook(proxy.origin, WATCHED, 'escrow.status.updated');
    },
  });
  return {
    load: marks.loaded,
    quiet: marks.beforeFirst - marks.loaded,
    hour: marks.end - marks.loaded,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'string', default: '200' },
    },
  });
  const scale = Number(values.scale);
  // --quick: a smoke run (CI) of every part, smaller and shorter, whose figures are not the goals'.
  const seconds = values.quick ? 2 : 10;
  const streams = values.quick ? 200 : 1_000;
  const rate = values.quick ? 200 : 1_000;
  const watchdog = setTimeout(() => {
    console.error('bench:live: took too long, stopping');
    process.exit(1);
  }, 240_000);
  watchdog.unref();
  const url = new URL(import.meta.url);
  const upstream = await startServer(url, 'upstream', { escrows: ESCROWS });
  const proxy = await startServer(url, 'proxy', { upstreamOrigin: upstream.origin });
  const passthrough = await startServer(url, 'passthrough', { upstreamOrigin: upstream.origin });
  try {
    const spread = await fanout(proxy, upstream.ids, { streams, rate: 100, seconds });
    console.error('fan-out', spread);
    const polling = await requestsPerHour(url, false, scale);
    const live = await requestsPerHour(url, true, scale);
    console.error('requests per watched escrow-hour', { polling, live });
    const added = await addedLatency(proxy, passthrough, upstream.ids[0], {
      rate,
      seconds: values.quick ? 2 : 5,
    });
    console.error('added latency', added);
    report({ spread, polling, live, added, seconds, scale, rate });
    const failed =
      spread.delivered !== spread.expected ||
      spread.webhookErrors > 0 ||
      added.proxy.errors > 0 ||
      added.passthrough.errors > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    for (const server of [upstream, proxy, passthrough]) server.close();
  }
}

function report({ spread, polling, live, added, seconds, scale, rate }) {
  const ms = (n) => `${n.toFixed(2)} ms`;
  console.log(
    [
      `Loopback, Node ${process.versions.node}, ${availableParallelism()} cores, upstream: @kit/mock's simulator`,
      '',
      '| figure | measured | goal |',
      '| --- | --- | --- |',
      `| streams open / refused | ${spread.opened} / ${spread.refused} | ${spread.streams} / 0 |`,
      `| webhooks sent (${seconds} s at 100/s) / refused | ${spread.webhooks} / ${spread.webhookErrors} | ${seconds * 100} / 0 |`,
      `| stream messages delivered / expected | ${spread.delivered} / ${spread.expected} | equal |`,
      `| webhook → stream message, p50 / p99 | ${ms(spread.p50)} / ${ms(spread.p99)} | p99 ≤ 100 ms |`,
      `| proxy memory per open stream | ${(spread.bytesPerStream / 1024).toFixed(1)} KiB | – |`,
      `| DHMAD GETs per watched escrow-hour (time ${scale}× faster), polling (2 changes) | ${polling.hour} (first load ${polling.load}, first third ${polling.quiet}) | – |`,
      `| DHMAD GETs per watched escrow-hour, live (2 changes) | ${live.hour} (first load ${live.load}, first third ${live.quiet}) | ≤ 4, 0 while quiet, ≥ 30× fewer |`,
      `| GET escrows/:id at ${rate} req/s, pass-through p50 / p99 | ${ms(added.passthrough.p50)} / ${ms(added.passthrough.p99)} | – |`,
      `| GET escrows/:id at ${rate} req/s, proxy p50 / p99 | ${ms(added.proxy.p50)} / ${ms(added.proxy.p99)} | – |`,
      `| proxy added p50 / errors | ${ms(added.proxy.p50 - added.passthrough.p50)} / ${added.proxy.errors} | ≤ +0.5 ms / 0 |`,
    ].join('\n'),
  );
}

if (isMainThread) {
  await main();
  // Every figure is out: end now. A finished run was once kept alive by a worker's or a
  // keep-alive socket's teardown until the watchdog above failed it.
  process.exit(process.exitCode ?? 0);
} else await serveInWorker();
