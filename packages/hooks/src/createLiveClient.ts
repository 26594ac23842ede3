import { focusManager, type QueryClient } from '@tanstack/react-query';
import { escrowKeys } from './escrowKeys';
import { readEventStream } from './readEventStream';
import type { EscrowClientOptions } from './request';
import { watchedEscrowIds } from './watchedEscrowIds';

/** How long (ms) the watched set must hold still before the stream is reopened for it. */
export const LIVE_DEBOUNCE = 250;
/**
 * How long (ms) before asking again a proxy that has no events route (404). Not documented:
 * chosen because a proxy gains the route only with a deployment, and polling covers meanwhile.
 */
export const LIVE_NOT_OFFERED_RETRY = 10 * 60_000;
/** The first reconnection delay (ms) when the server sends no `retry:` hint. */
export const LIVE_RETRY = 1_000;
/** The longest reconnection delay (ms) after repeated drops; jitter keeps tabs apart. */
export const LIVE_MAX_RETRY = 30_000;

/** The provider's live stream. */
export interface LiveClient {
  /** Whether the stream is up and covers escrow `id` (then its queries do not poll). */
  isLive(id: string): boolean;
  /** The watched set may have changed: reopen the stream for it, debounced. */
  update(): void;
  /** Closes the stream for good. */
  close(): void;
}

/**
 * One Server-Sent Events stream for every escrow the page watches (`watchedEscrowIds`).
 * An event invalidates that escrow's detail and proof; a stream that comes back after a
 * drop invalidates everything watched, since events may have been missed. Drops reconnect
 * with exponential backoff and jitter, from the server's `retry:` hint up to
 * `LIVE_MAX_RETRY`; a 404 waits `LIVE_NOT_OFFERED_RETRY`; 401 and 403 stop until the watched
 * set changes. While the stream is down, the queries poll as before.
 */
export function createLiveClient(
  queryClient: QueryClient,
  /** Read at each (re)connection: the provider's current `baseUrl`, `fetch` and `headers`. */
  options: () => EscrowClientOptions,
): LiveClient {
  const cache = queryClient.getQueryCache();
  let ids: string[] = [];
  let live = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let lastEventId: string | undefined;
  let retry = LIVE_RETRY;
  let attempt = 0;
  let dropped = false;

  const refetch = (queryKey: readonly unknown[]) =>
    queryClient.invalidateQueries({
      queryKey,
      // A hidden tab refetches when it regains focus, by TanStack Query's focus rules.
      refetchType: focusManager.isFocused() ? 'active' : 'none',
    });

  /** Flips polling: each observer of a watched escrow re-reads its `refetchInterval`. */
  function setLive(next: boolean) {
    live = next;
    for (const query of cache.findAll({ queryKey: escrowKeys.all }))
      for (const observer of query.observers) observer.setOptions(observer.options);
  }

  function stop() {
    clearTimeout(timer);
    controller?.abort();
    controller = undefined;
    if (live) setLive(false);
  }

  async function connect() {
    const mine = new AbortController();
    controller = mine;
    const status = await readEventStream(options(), ids, lastEventId, mine.signal, {
      onOpen() {
        setLive(true);
        if (dropped) for (const id of ids) void refetch(escrowKeys.escrow(id));
        dropped = false;
      },
      onEscrow: (id) => refetch(escrowKeys.escrow(id)),
      onActivity: () => {
        attempt = 0;
      },
      onRetry: (ms) => {
        retry = ms;
      },
      onId: (id) => {
        lastEventId = id;
      },
    });
    mine.abort();
    if (controller !== mine) return; // closed, or reopened for another set
    dropped ||= status === 200;
    stop();
    if (status === 401 || status === 403) return;
    const backoff = Math.min(LIVE_MAX_RETRY, retry * 2 ** attempt++);
    timer = setTimeout(
      connect,
      status === 404 ? LIVE_NOT_OFFERED_RETRY : backoff / 2 + (Math.random() * backoff) / 2,
    );
  }

  return {
    isLive: (id) => live && ids.includes(id),
    update() {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        const next = watchedEscrowIds(cache);
        if (next.join() === ids.join()) return;
        stop();
        ids = next;
        attempt = 0;
        if (ids.length) void connect();
      }, LIVE_DEBOUNCE);
    },
    close() {
      clearTimeout(debounce);
      stop();
      ids = [];
    },
  };
}
