// Latency the proxy adds over calling the DHMAD simulator directly, on loopback only.
//
//   pnpm bench:proxy            (builds @kit/proxy and what it needs, then runs this file)
//   node packages/proxy/bench/proxy.bench.mjs [--duration 5] [--connections 200]
//
// Three servers, each in its own worker thread, on 127.0.0.1 at ephemeral ports:
//   upstream   the simulator's own HTTP API (`/api/v1/...`, API key required)
//   proxy→http the proxy calling `upstream` over loopback HTTP (what a deployment does)
//   proxy→mem  the proxy calling its own in-memory simulator (the proxy's own cost alone)
// autocannon (in the main thread) sends GET escrows/:id to each: first over one connection, one
// request at a time (the latency the proxy adds to a request), then over 200 connections as fast
// as they go (latency, throughput and errors under load). autocannon's fixed-rate mode is not
// used: it sends each second's budget in one burst. Every run is bounded in time (≤ 10 s), and
// the whole script stops itself.
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { percentile } from './live/stats.mjs';

const API_KEY = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;
const BUYER = 'buyer@example.com';
/** A scenario of the simulator: a signed and paid standard escrow of BUYER's. */
const ESCROW_ID = 'status-paid';

/** The upstream the benchmark runs against: `@kit/mock`'s simulator, with a paid escrow. */
async function createSimulator() {
  const { createDhmadSimulator } = await import('@kit/mock');
  const simulator = createDhmadSimulator({ apiKey: API_KEY, scenarios: [ESCROW_ID] });
  return (request) => simulator.handle(request);
}

async function serveInWorker() {
  const { role, upstreamOrigin } = workerData;
  const { toNodeHandler } = await import('@kit/proxy/node');
  const { createEscrowProxy } = await import('@kit/proxy');
  let handler;
  if (role === 'upstream') {
    handler = await createSimulator();
  } else {
    const inMemory = role === 'proxy-mem' ? await createSimulator() : undefined;
    handler = createEscrowProxy({
      apiKey: API_KEY,
      apiBaseUrl: inMemory ? 'https://sandbox.dhmad.tn/api/v1' : `${upstreamOrigin}/api/v1`,
      fetch: inMemory ? (url, init) => inMemory(new Request(url, init)) : undefined,
      getUser: (request) =>
        request.headers.get('cookie') === 'sid=buyer' ? { email: BUYER } : null,
      redirectUrl: 'https://shop.example/checkout/callback',
      onError: (error) => console.error(`[${role}]`, error),
    });
  }
  const server = createServer({ keepAliveTimeout: 30_000 }, toNodeHandler(handler));
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', (message) => {
    if (message === 'close') {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
}

function startWorker(role, upstreamOrigin) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role, upstreamOrigin } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ port }) => resolve({ worker, origin: `http://127.0.0.1:${port}` }));
  });
}

/** One bounded autocannon run; latencies kept at full (sub-millisecond) precision. */
async function load(autocannon, { url, headers, connections, duration }) {
  const samples = [];
  const instance = autocannon({
    url,
    headers,
    connections,
    duration,
    timeout: 5,
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode === 200) samples.push(ms);
  });
  const result = await instance;
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    detail: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '200' },
    },
  });
  const duration = Math.min(10, Number(values.duration));
  const connections = Number(values.connections);
  const watchdog = setTimeout(() => {
    console.error('bench:proxy: took too long, stopping');
    process.exit(1);
  }, 120_000);
  watchdog.unref();

  const { default: autocannon } = await import('autocannon');
  const upstream = await startWorker('upstream');
  const viaHttp = await startWorker('proxy-http', upstream.origin);
  const inMemory = await startWorker('proxy-mem');
  const targets = [
    {
      name: 'simulator, direct',
      url: `${upstream.origin}/api/v1/escrows/${ESCROW_ID}`,
      headers: { authorization: `Bearer ${API_KEY}` },
    },
    {
      name: 'proxy → simulator (HTTP)',
      url: `${viaHttp.origin}/api/escrow/escrows/${ESCROW_ID}`,
      headers: { cookie: 'sid=buyer' },
    },
    {
      name: 'proxy → simulator (in memory)',
      url: `${inMemory.origin}/api/escrow/escrows/${ESCROW_ID}`,
      headers: { cookie: 'sid=buyer' },
    },
  ];

  const rows = [];
  const loads = [
    { label: '1 connection', connections: 1 },
    { label: `${connections} connections`, connections },
  ];
  try {
    for (const mode of loads) {
      for (const target of targets) {
        // A short warm-up (JIT, keep-alive sockets), then the measured run.
        await load(autocannon, { ...target, connections: mode.connections, duration: 1 });
        const result = await load(autocannon, {
          ...target,
          connections: mode.connections,
          duration,
        });
        rows.push({ load: mode.label, target: target.name, ...result });
        console.error(
          `${mode.label.padEnd(16)} ${target.name.padEnd(30)} p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  ${Math.round(result.rps)} req/s  errors ${result.errors}`,
        );
      }
    }
  } finally {
    for (const { worker } of [upstream, viaHttp, inMemory]) worker.postMessage('close');
  }

  const ms = (n) => `${n.toFixed(2)} ms`;
  const lines = [
    `GET escrows/:id, ${duration} s per run, upstream: @kit/mock simulator, Node ${process.versions.node}, ${availableParallelism()} cores`,
    '',
    '| load | target | p50 | p99 | p50 added | p99 added | req/s | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const direct = rows.find((r) => r.load === row.load && r.target === targets[0].name);
    const added =
      row.target === targets[0].name
        ? ['–', '–']
        : [ms(row.p50 - direct.p50), ms(row.p99 - direct.p99)];
    lines.push(
      `| ${row.load} | ${row.target} | ${ms(row.p50)} | ${ms(row.p99)} | ${added[0]} | ${added[1]} | ${Math.round(row.rps)} | ${row.errors} |`,
    );
  }
  console.log(lines.join('\n'));
  const failed = rows.some((row) => row.errors > 0);
  if (failed)
    console.error(
      'bench:proxy: some requests failed',
      rows.map((r) => r.detail),
    );
  process.exitCode = failed ? 1 : 0;
}

if (isMainThread) await main();
else await serveInWorker();
