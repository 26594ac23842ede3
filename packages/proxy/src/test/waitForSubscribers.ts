import { vi } from 'vitest';
import type { TestRedisClient } from './connectRedisClient';

/**
 * Waits until `channel` has `count` subscribed connections (`PUBSUB NUMSUB`): a bus's
 * `SUBSCRIBE` is confirmed a few milliseconds after its first `subscribe`, and what is
 * published before that reaches nobody.
 */
export async function waitForSubscribers(
  admin: TestRedisClient,
  channel: string,
  count: number,
): Promise<void> {
  await vi.waitFor(
    async () => {
      const counts = await admin.pubSubNumSub(channel);
      if (counts[channel] !== count)
        throw new Error(`${channel} has ${counts[channel]} subscribers, not ${count}`);
    },
    { timeout: 3000, interval: 10 },
  );
}
