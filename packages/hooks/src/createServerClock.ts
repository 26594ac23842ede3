/**
 * DHMAD's time as the kit knows it, so that nothing the server dated (a session's `expiresAt`,
 * a proof deadline) is compared with the device clock, which may be minutes or hours off.
 */
export interface ServerClock {
  /**
   * The server's time now, in ms since the Unix epoch: the device clock plus `offset`. Exactly
   * the device clock until a response with a `Date` header has been seen.
   */
  now(): number;
  /** Server time minus device time, in ms; `0` until a `Date` header has been seen. */
  readonly offset: number;
  /**
   * Takes one response's `Date` header (an HTTP-date, RFC 9110 §6.6.1; anything unparsable is
   * ignored) with the device times, in ms, at which its request was sent and its headers arrived.
   */
  observe(date: string | null | undefined, sentAt: number, receivedAt: number): void;
  /** Calls `onChange` whenever `offset` changes; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

/**
 * A server-time estimate fed from `Date` response headers (the kit's client feeds it every
 * response). An HTTP-date has 1 s resolution and the server wrote it at some moment while the
 * request was out, so each response bounds the offset to an interval of one second plus the
 * round trip. The estimate is the middle of the intersection of these intervals, so it sharpens
 * with every response; a response that contradicts them (a clock was set) starts afresh from
 * that response alone. Not documented by DHMAD: chosen because the proxy answers every request
 * with a `Date` header and no other clock is available to a browser. Accurate to about one second.
 */
export function createServerClock(): ServerClock {
  let low = -Infinity;
  let high = Infinity;
  let offset = 0;
  const listeners = new Set<() => void>();
  return {
    now: () => Date.now() + offset,
    get offset() {
      return offset;
    },
    observe(date, sentAt, receivedAt) {
      // The server's clock read [at, at + 1 s) while the device's read [sentAt, receivedAt].
      const at = Date.parse(date ?? '');
      const from = at - receivedAt;
      const to = at + 1000 - sentAt;
      if (!(from < to)) return; // no date (NaN), or not a moment on a clock that moves on
      if (from > high || to < low) {
        low = -Infinity;
        high = Infinity;
      }
      low = Math.max(low, from);
      high = Math.min(high, to);
      const next = Math.round((low + high) / 2);
      if (next === offset) return;
      offset = next;
      for (const onChange of listeners) onChange();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
