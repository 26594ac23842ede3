// Part 2 of `pnpm bench:live` (run from packages/proxy/bench/live.bench.mjs): DHMAD requests
// per watched escrow-hour, polling against live, with the kit's own query options and live
// client on a TanStack Query client in Node (no React), against a real proxy and simulator.
import './browserGlobals.mjs';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { createLiveClient } from '../dist/createLiveClient.js';
import { escrowQueries } from '../dist/index.js';

/**
 * One scripted "hour" of a page watching one escrow, with time scaled down `scale` times: the
 * poll interval (30 s) and the proof links' refresh age (15 min) are divided by `scale`, so an
 * hour takes 3.6 s at `scale` 1,000, from when the page has settled. At one and two thirds, `change(step)`
 * moves the escrow (and, when live, DHMAD's webhook is posted). The simulator counts DHMAD's
 * GETs; `counts()` reads them. Returns the counts at each mark: after the first load, before
 * and after each change, and at the end of the hour.
 */
export async function watchedHour({ baseUrl, cookie, escrowId, live, scale, change, counts }) {
  const hour = 3_600_000 / scale;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const options = { baseUrl, headers: { cookie } };
  const client = live ? createLiveClient(queryClient, () => options) : undefined;
  const config = {
    ...options,
    pollInterval: 30_000 / scale,
    viewUrlTtl: 900_000 / scale,
    isLive: client?.isLive,
  };
  const observers = [
    new QueryObserver(queryClient, escrowQueries.detail(escrowId, config)),
    new QueryObserver(queryClient, escrowQueries.proof(escrowId, config)),
  ];
  const unsubscribe = observers.map((observer) => observer.subscribe(() => {}));
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // The provider reopens its stream when the kit's queries change (useLiveUpdates); here, once.
  // The hour starts once the page has settled: the stream's 250 ms debounce is not scaled.
  client?.update();
  await wait(1_000);
  const marks = { loaded: await counts() };
  await wait(hour / 3);
  marks.beforeFirst = await counts();
  await change(1);
  await wait(hour / 3);
  marks.beforeSecond = await counts();
  await change(2);
  await wait(hour / 3);
  marks.end = await counts();
  for (const stop of unsubscribe) stop();
  client?.close();
  queryClient.clear();
  return marks;
}
