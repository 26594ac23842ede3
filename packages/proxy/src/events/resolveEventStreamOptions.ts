import { isRecord } from '../isRecord';
import { MAX_TIMER_MS } from '../maxTimerMs';
import type { EscrowEventStreamOptions } from './EscrowEventStreamOptions';

/** `events`, checked, with its defaults filled in. */
export type EventStreamSettings = Required<EscrowEventStreamOptions>;

const DEFAULTS: EventStreamSettings = {
  heartbeatMs: 15_000,
  retryMs: 5_000,
  replayBufferSize: 1_000,
  authorizationTtlMs: 60_000,
  maxEscrowsPerStream: 50,
};

/** The smallest value each may take: `0` turns the replay buffer and the cache off. */
const MINIMUM: EventStreamSettings = {
  heartbeatMs: 1,
  retryMs: 0,
  replayBufferSize: 0,
  authorizationTtlMs: 0,
  maxEscrowsPerStream: 1,
};

/**
 * Checks the `events` option at construction: an object whose fields, when given, are integers
 * from their minimum (`heartbeatMs` and `maxEscrowsPerStream` 1, the others 0) up to
 * 2147483647 (the longest timer delay). Throws a `TypeError` naming the field otherwise.
 */
export function resolveEventStreamOptions(events: unknown): EventStreamSettings {
  if (events === undefined) return DEFAULTS;
  if (!isRecord(events)) {
    throw new TypeError(
      'createEscrowProxy: `events` must be an object ({ heartbeatMs?, retryMs?, replayBufferSize?, authorizationTtlMs?, maxEscrowsPerStream? }).',
    );
  }
  const settings = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as (keyof EventStreamSettings)[]) {
    const value = events[name] ?? DEFAULTS[name];
    if (
      !Number.isInteger(value) ||
      (value as number) < MINIMUM[name] ||
      (value as number) > MAX_TIMER_MS
    ) {
      throw new TypeError(
        `createEscrowProxy: \`events.${name}\` must be an integer from ${MINIMUM[name]} to ${MAX_TIMER_MS}.`,
      );
    }
    settings[name] = value as number;
  }
  return settings;
}
