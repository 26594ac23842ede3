// Small figures helpers for `pnpm bench:live`.

/** The `p`th percentile of ascending `sorted` values (nearest rank), NaN when empty. */
export const percentile = (sorted, p) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send(i)` `rate` times a second for `seconds`, open loop: each call starts at its own
 * planned time whether or not the earlier ones finished (a closed loop would hide queueing).
 * Resolves when every call has settled.
 */
export async function paced(rate, seconds, send) {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    while (sent < due) pending.push(send(sent++));
    await sleep(1);
  }
  return Promise.allSettled(pending);
}
