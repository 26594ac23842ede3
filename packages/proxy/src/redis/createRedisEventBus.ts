import { callSafely, createSubscriptionRegistry } from './createSubscriptionRegistry';
import type {
  RedisEventBus,
  RedisEventBusOptions,
  RedisSubscriberConnection,
} from './RedisEventBusOptions';
import { RedisUnavailableError } from './RedisUnavailableError';
import { readChannelMessage } from './readChannelMessage';

/** The channel of `createRedisEventBus` when `channel` is not set. */
export const DEFAULT_REDIS_CHANNEL = 'kit:escrow-events';
/** The key prefix of `createRedisEventBus` when `keyPrefix` is not set. */
export const DEFAULT_REDIS_KEY_PREFIX = 'kit:webhook-delivery:';

/**
 * `idle`: no subscriber connection yet (none is opened before the first `subscribe`);
 * `connecting`: opened, `SUBSCRIBE` not confirmed yet (subscriptions wait for it);
 * `ready`: subscribed; `down`: the connection was lost, node-redis is reconnecting;
 * `closed`: after `close()`.
 */
type SubscriberState = 'idle' | 'connecting' | 'ready' | 'down' | 'closed';

/** Ends a subscriber connection; one that is already closed may throw (node-redis 5), harmlessly. */
function end(connection: RedisSubscriberConnection | undefined) {
  try {
    connection?.destroy();
  } catch {
    // Already closed: nothing left to end.
  }
}

function checkOptions(options: RedisEventBusOptions) {
  const {
    client,
    channel = DEFAULT_REDIS_CHANNEL,
    keyPrefix = DEFAULT_REDIS_KEY_PREFIX,
  } = options ?? {};
  const methods = ['publish', 'set', 'del', 'duplicate'] as const;
  if (!client || methods.some((name) => typeof client[name] !== 'function'))
    throw new TypeError(
      'createRedisEventBus: `client` must be a node-redis client (`createClient()` of the `redis` package).',
    );
  if (typeof channel !== 'string' || channel === '')
    throw new TypeError('createRedisEventBus: `channel` must be a non-empty string.');
  if (typeof keyPrefix !== 'string')
    throw new TypeError('createRedisEventBus: `keyPrefix` must be a string.');
  return { client, channel, keyPrefix };
}

/**
 * An `EscrowEventBus` shared by every proxy instance connected to one Redis, for a proxy that
 * runs as several processes: a webhook received by one instance reaches the live streams of
 * all of them, and a delivery id is claimed once across all of them.
 *
 * - `publish(event)` → `PUBLISH <channel> {"escrowId":…,"event":…}` on your `client`.
 * - `subscribe` → listeners kept in memory by escrow id, fed by ONE subscriber connection per
 *   bus (`client.duplicate()`, opened on the first `subscribe`) that subscribes to `channel`
 *   only. Messages of the channel that are not that JSON are ignored.
 * - `markDelivered(id, ttlMs)` → `SET <keyPrefix><id> 1 NX PX <ttlMs>` (atomic across
 *   instances); `forgetDelivery(id)` → `DEL <keyPrefix><id>`.
 *
 * When Redis cannot be reached (not documented by DHMAD: chosen so that nothing waits on a lost
 * connection and pages fall back to polling):
 * - `publish`, `markDelivered` and `forgetDelivery` reject at once with a
 *   `RedisUnavailableError` while `client.isReady` is `false` (they never wait in node-redis's
 *   offline queue), or with node-redis's error when a command fails; the webhook receiver then
 *   answers 500 and DHMAD retries the delivery later.
 * - When the subscriber connection is lost, every open subscription's `onError` is called once
 *   with a `RedisUnavailableError` and the subscription is dropped: its live stream ends and its
 *   client polls, then reconnects.
 * - A `subscribe` while the subscriber connection is down calls its `onError` in a microtask
 *   (never synchronously, never waiting) and returns a function that does nothing.
 * - node-redis reconnects by your client's `socket.reconnectStrategy` and re-subscribes; from
 *   then on, new subscriptions work again. Events published while it was down are lost (clients
 *   refetch when their stream reconnects). A silent network drop is noticed only if your client
 *   sets `pingInterval`.
 * Every other route of the proxy is unaffected.
 *
 * @throws TypeError when `client` is not a node-redis client or `channel`/`keyPrefix` is not a
 * string (`channel` non-empty).
 */
export function createRedisEventBus(options: RedisEventBusOptions): RedisEventBus {
  const { client, channel, keyPrefix } = checkOptions(options);
  const subscriptions = createSubscriptionRegistry();
  let state: SubscriberState = 'idle';
  let subscriber: RedisSubscriberConnection | undefined;
  /** The connection whose `SUBSCRIBE` was confirmed (node-redis repeats it on reconnection). */
  let subscribed: RedisSubscriberConnection | undefined;

  const unavailable = (cause?: unknown) =>
    state === 'closed'
      ? new RedisUnavailableError('closed', 'The Redis event bus is closed.')
      : new RedisUnavailableError(
          'disconnected',
          'The Redis event bus lost its connection to Redis; node-redis is reconnecting.',
          cause === undefined ? undefined : { cause },
        );

  const lost = (connection: RedisSubscriberConnection, cause?: unknown) => {
    if (connection !== subscriber || state === 'closed') return;
    state = connection.isReady && subscribed === connection ? 'ready' : 'down';
    subscriptions.failAll(unavailable(cause));
  };

  const open = () => {
    const connection = client.duplicate();
    subscriber = connection;
    subscribed = undefined;
    state = 'connecting';
    connection.on('error', (error) => lost(connection, error));
    connection.on('reconnecting', () => lost(connection));
    connection.on('end', () => lost(connection));
    connection.on('ready', () => {
      if (connection === subscriber && subscribed === connection && state !== 'closed')
        state = 'ready';
    });
    const onMessage = (message: string) => {
      const event = readChannelMessage(message);
      if (event) subscriptions.deliver(event);
    };
    connection
      .connect()
      .then(() => connection.subscribe(channel, onMessage))
      .then(() => {
        if (connection !== subscriber || state === 'closed') return;
        subscribed = connection;
        state = connection.isReady ? 'ready' : 'down';
      })
      .catch((error: unknown) => lost(connection, error));
  };

  /** Before a command on the caller's client: it must be up (never queued while offline). */
  const usable = () => {
    if (state === 'closed' || !client.isReady) throw unavailable();
  };

  return {
    async publish(event) {
      usable();
      await client.publish(
        channel,
        JSON.stringify({ escrowId: event.escrowId, event: event.event }),
      );
    },
    subscribe(escrowIds, listener, onError) {
      // The first subscription opens the connection; one after node-redis gave up reopens it.
      if (state === 'idle' || (state === 'down' && subscriber?.isOpen === false)) {
        end(subscriber);
        open();
      }
      if (state === 'down' || state === 'closed') {
        const error = unavailable();
        queueMicrotask(() => callSafely(onError, error));
        return () => {};
      }
      return subscriptions.add(escrowIds, listener, onError);
    },
    async markDelivered(webhookId, ttlMs) {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0)
        throw new TypeError('markDelivered: `ttlMs` must be a positive number of milliseconds.');
      usable();
      const reply = await client.set(`${keyPrefix}${webhookId}`, '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.ceil(ttlMs) },
      });
      return reply !== null;
    },
    async forgetDelivery(webhookId) {
      usable();
      await client.del(`${keyPrefix}${webhookId}`);
    },
    async close() {
      if (state === 'closed') return;
      state = 'closed';
      const connection = subscriber;
      subscriber = undefined;
      subscriptions.failAll(unavailable());
      end(connection);
    },
  };
}
