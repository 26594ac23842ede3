import { createClient } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import type { EscrowEventBus } from './index';
import {
  createRedisEventBus,
  type RedisEventBus,
  type RedisEventBusClient,
  type RedisEventBusOptions,
} from './redis';

describe('@kit/proxy/redis types', () => {
  it('takes the client of the redis package as it comes, whatever its RESP version', async () => {
    const client = await createClient({ url: 'redis://localhost:6379' }).connect();
    const resp3 = createClient({ RESP: 3 });
    expectTypeOf(client).toExtend<RedisEventBusClient>();
    expectTypeOf(resp3).toExtend<RedisEventBusClient>();
    const bus = createRedisEventBus({ client, channel: 'shop:live', keyPrefix: 'shop:wh:' });
    expectTypeOf(bus).toEqualTypeOf<RedisEventBus>();
    expectTypeOf(bus).toExtend<EscrowEventBus>();
    expectTypeOf(bus.close).returns.toEqualTypeOf<Promise<void>>();
  });

  it('requires a client', () => {
    // @ts-expect-error: no client
    createRedisEventBus({});
    // @ts-expect-error: not a Redis client
    createRedisEventBus({ client: { publish: () => Promise.resolve(1) } });
    expectTypeOf<RedisEventBusOptions['channel']>().toEqualTypeOf<string | undefined>();
  });
});
