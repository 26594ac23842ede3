import type { EscrowLiveEvent } from '../EscrowEventBus';

/** One event as the streams send it: its SSE id and its `data` line, serialised once. */
export interface NumberedEvent {
  /** `<process prefix>-<sequence number>`, e.g. `3f9a0c1b7d2e-42`. */
  id: string;
  escrowId: string;
  /** `{"escrowId":"…","event":"…"}` */
  data: string;
}

/** The recent events of this process, for `Last-Event-ID`. */
export interface ReplayBuffer {
  /** Numbers `event` with the next id and keeps it, forgetting the oldest past the size. */
  add(event: EscrowLiveEvent): NumberedEvent;
  /**
   * The kept events after `lastEventId` whose escrow is one of `escrowIds`, oldest first; none
   * when some event after it is no longer kept, or the id was numbered by another process.
   */
  after(lastEventId: string, escrowIds: ReadonlySet<string>): NumberedEvent[];
}

/**
 * A random prefix per process (48 bits, hex), so that two instances behind one load balancer
 * never number two events alike: an id from another instance is just unknown here.
 */
const processPrefix = () => crypto.randomUUID().replaceAll('-', '').slice(0, 12);

/**
 * A ring of the last `size` events: event number `n` lives at `n % size`, so an id is found by
 * arithmetic, and every event after `n` is still kept exactly when `n ≥ latest - size`.
 */
export function createReplayBuffer(size: number, prefix = processPrefix()): ReplayBuffer {
  const ring: (NumberedEvent | undefined)[] = new Array(size);
  /** The number of the latest event; 0 before the first. */
  let latest = 0;
  const idPrefix = `${prefix}-`;

  return {
    add({ escrowId, event }) {
      latest += 1;
      const numbered = {
        id: `${idPrefix}${latest}`,
        escrowId,
        data: JSON.stringify({ escrowId, event }),
      };
      if (size > 0) ring[latest % size] = numbered;
      return numbered;
    },
    after(lastEventId, escrowIds) {
      if (!lastEventId.startsWith(idPrefix)) return [];
      const digits = lastEventId.slice(idPrefix.length);
      const from = Number(digits);
      if (!/^[1-9][0-9]{0,15}$/.test(digits) || from > latest || from < latest - size) return [];
      const events: NumberedEvent[] = [];
      for (let n = from + 1; n <= latest; n++) {
        const kept = ring[n % size];
        if (kept && escrowIds.has(kept.escrowId)) events.push(kept);
      }
      return events;
    },
  };
}
