export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** The simulated time every rule reads: fixed until advanced, or following the wall clock. */
export interface SimulatorClock {
  /** Milliseconds since the epoch, simulated. */
  now(): number;
  /** An ISO 8601 timestamp of `ms` (default: now), as DHMAD writes them. */
  iso(ms?: number): string;
  /** Moves the time on by `ms` milliseconds; deadlines are applied by the caller. */
  advance(ms: number): void;
}

/** The simulator's default start, the day the scenarios' fixed dates were written for. */
export const DEFAULT_START = '2026-06-19T12:00:00.000Z';

/**
 * A clock starting at `start` (a date, or `'real'` for the wall clock).
 * @default start 2026-06-19T12:00:00Z, not documented by DHMAD: chosen as a fixed, readable day
 */
export function createSimulatorClock(start?: Date | number | string): SimulatorClock {
  const realTime = start === 'real';
  const origin = realTime ? 0 : new Date(start ?? DEFAULT_START).getTime();
  let offset = 0;
  const now = () => (realTime ? Date.now() : origin) + offset;
  return {
    now,
    iso: (ms = now()) => new Date(ms).toISOString(),
    advance(ms) {
      offset += ms;
    },
  };
}
