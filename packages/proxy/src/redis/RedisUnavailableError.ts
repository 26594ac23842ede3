/** Why a Redis event bus could not do what was asked. */
export type RedisUnavailableReason = 'disconnected' | 'closed';

/**
 * The error of a Redis event bus that cannot reach Redis: `publish`, `markDelivered` and
 * `forgetDelivery` reject with it while the client is not connected (`reason: 'disconnected'`)
 * or after `close()` (`'closed'`), and a subscription's `onError` receives it when the
 * subscriber connection is lost (`cause`: node-redis's error, when there is one).
 */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  readonly reason: RedisUnavailableReason;

  constructor(reason: RedisUnavailableReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}
