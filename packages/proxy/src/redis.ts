/**
 * `@kit/proxy/redis`: the event bus for a proxy that runs as several instances, on Redis through
 * the official `redis` client (node-redis), an optional peer dependency that `@kit/proxy` itself
 * never loads.
 */
export {
  createRedisEventBus,
  DEFAULT_REDIS_CHANNEL,
  DEFAULT_REDIS_KEY_PREFIX,
} from './redis/createRedisEventBus';
export type {
  RedisEventBus,
  RedisEventBusClient,
  RedisEventBusOptions,
  RedisSubscriberConnection,
} from './redis/RedisEventBusOptions';
export { RedisUnavailableError, type RedisUnavailableReason } from './redis/RedisUnavailableError';
