import type { EscrowEventBus } from '../EscrowEventBus';

/**
 * The subscriber connection the bus opens with `client.duplicate()`: the few members of a
 * node-redis (`redis` 5 or 6) client it uses.
 */
export interface RedisSubscriberConnection {
  readonly isReady: boolean;
  readonly isOpen: boolean;
  connect(): Promise<unknown>;
  subscribe(
    channel: string,
    listener: (message: string, channel: string) => unknown,
  ): Promise<void>;
  on(event: 'ready' | 'reconnecting' | 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy(): void;
}

/**
 * The members of a node-redis client (`createClient()` of the `redis` package, 5 or 6) that the
 * bus uses; any such client fits, whatever its modules, scripts or RESP version.
 */
export interface RedisEventBusClient {
  /** `false` while the connection is down: commands are then refused at once. */
  readonly isReady: boolean;
  publish(channel: string, message: string): Promise<unknown>;
  set(
    key: string,
    value: string,
    options: { condition: 'NX'; expiration: { type: 'PX'; value: number } },
  ): Promise<unknown>;
  del(key: string): Promise<unknown>;
  /** A new, unconnected client with the same options (host, TLS, credentials, reconnection). */
  duplicate(): RedisSubscriberConnection;
}

export interface RedisEventBusOptions {
  /**
   * Your connected node-redis client (`await createClient({ url }).connect()`): its
   * configuration (URL, TLS, credentials, `socket.reconnectStrategy`, `pingInterval`) stays
   * yours. `publish`, `markDelivered` and `forgetDelivery` run on it; the bus opens one more
   * connection of its own, `client.duplicate()`, for `SUBSCRIBE` (a subscribed connection can
   * run no other command), on its first `subscribe`.
   */
  client: RedisEventBusClient;
  /**
   * The Redis pub/sub channel every instance publishes to and subscribes to. Not documented by
   * DHMAD: chosen to name the kit and what travels on it; set one per environment when several
   * share a Redis database.
   * @default 'kit:escrow-events'
   */
  channel?: string;
  /**
   * Prefix of the keys that claim webhook delivery ids (`<prefix><X-Webhook-Id>`, value `1`,
   * expiring after the receiver's `deduplicationTtlMs`).
   * @default 'kit:webhook-delivery:'
   */
  keyPrefix?: string;
}

/** An `EscrowEventBus` on Redis, plus `close()` for a graceful shutdown. */
export interface RedisEventBus extends EscrowEventBus {
  /**
   * Ends the bus's own subscriber connection (your `client` stays open: it is yours). Every
   * open subscription's `onError` is called; later calls of every method fail
   * (`RedisUnavailableError`). Calling it again does nothing.
   */
  close(): Promise<void>;
}
