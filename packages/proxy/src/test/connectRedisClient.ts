import { createClient } from 'redis';

/** A client as an app creates one, reconnecting every 50 ms (so a test's outage ends quickly). */
const createTestClient = (url: string) =>
  createClient({ url, socket: { reconnectStrategy: () => 50 } });

export type TestRedisClient = ReturnType<typeof createTestClient>;

/** A connected node-redis client; its connection errors are expected in the outage tests. */
export async function connectRedisClient(url: string): Promise<TestRedisClient> {
  const client = createTestClient(url);
  client.on('error', () => {});
  await client.connect();
  return client;
}
