// Part 3 of `pnpm bench:live`: what the proxy adds to a plain GET, against a bare pass-through
// on the same server stack, at a fixed rate, in the same run.
import { paced, percentile } from './stats.mjs';

async function measure(url, headers, rate, seconds) {
  const latencies = [];
  let errors = 0;
  await paced(rate, seconds, async () => {
    const started = performance.now();
    try {
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.status === 200) latencies.push(performance.now() - started);
      else errors += 1;
    } catch {
      errors += 1;
    }
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    requests: latencies.length + errors,
  };
}

/**
 * `GET escrows/:id` at `rate` requests a second (open loop, Node's fetch, keep-alive) for
 * `seconds`, first through the bare pass-through, then through the proxy, each after a 1 s
 * warm-up at the same rate; both forward to the same simulator over loopback HTTP.
 */
export async function addedLatency(proxy, passthrough, escrowId, { rate, seconds }) {
  const targets = {
    passthrough: [`${passthrough.origin}/api/escrow/escrows/${escrowId}`, {}],
    proxy: [`${proxy.origin}/api/escrow/escrows/${escrowId}`, { cookie: 'sid=buyer' }],
  };
  const results = {};
  for (const [name, [url, headers]] of Object.entries(targets)) {
    await measure(url, headers, rate, 1);
    results[name] = await measure(url, headers, rate, seconds);
  }
  return results;
}
