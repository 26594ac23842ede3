import { docEscrow } from '@kit/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEscrowClient } from './createEscrowClient';
import { createServerClock } from './createServerClock';

const DEVICE = Date.parse('2026-06-19T12:00:00.000Z');
const HOUR = 3_600_000;
const httpDate = (ms: number) => new Date(ms).toUTCString();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DEVICE);
});
afterEach(() => vi.useRealTimers());

describe('createServerClock', () => {
  it('is the device clock until a Date header is seen, and ignores one it cannot read', () => {
    const clock = createServerClock();
    expect(clock.now()).toBe(DEVICE);
    clock.observe(null, DEVICE, DEVICE);
    clock.observe('yesterday-ish', DEVICE, DEVICE);
    expect(clock.offset).toBe(0);
    expect(clock.now()).toBe(DEVICE);
  });

  it.each([
    ['2 h fast', -2 * HOUR],
    ['2 h slow', 2 * HOUR],
    ['35 min fast', -35 * 60_000],
  ])(
    'with the device clock %s, now() is the server time within the header precision',
    (_, skew) => {
      const clock = createServerClock();
      // The server stamped its answer 300 ms into its second, during a 100 ms round trip.
      const server = DEVICE + skew + 300;
      clock.observe(httpDate(server), DEVICE - 50, DEVICE + 50);
      expect(Math.abs(clock.now() - server)).toBeLessThanOrEqual(550);
    },
  );

  it('sharpens with every response, and starts afresh when the server clock is set', () => {
    const clock = createServerClock();
    const skew = 2 * HOUR + 737; // what the server clock really is ahead by
    // Responses arriving at different points of the server's seconds, each after a 40 ms trip.
    for (const at of [DEVICE, DEVICE + 10_250, DEVICE + 20_500, DEVICE + 30_900]) {
      clock.observe(httpDate(at + skew - 20), at - 40, at);
    }
    expect(Math.abs(clock.offset - skew)).toBeLessThanOrEqual(150);

    const reset = -HOUR; // the server's clock was set back three hours: trust the newest answer
    clock.observe(httpDate(DEVICE + reset), DEVICE, DEVICE + 10);
    expect(Math.abs(clock.offset - reset)).toBeLessThanOrEqual(1_000);
  });

  it('tells subscribers when the estimate changes, and only then', () => {
    const clock = createServerClock();
    const onChange = vi.fn();
    const unsubscribe = clock.subscribe(onChange);
    clock.observe(httpDate(DEVICE + HOUR), DEVICE, DEVICE);
    expect(onChange).toHaveBeenCalledTimes(1);
    clock.observe(httpDate(DEVICE + HOUR), DEVICE, DEVICE);
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
    clock.observe(httpDate(DEVICE - HOUR), DEVICE, DEVICE);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('createEscrowClient: server time', () => {
  it("learns the server's time from the Date header of every answer, errors included", async () => {
    const client = createEscrowClient({
      fetch: async () =>
        new Response(JSON.stringify({ error: 'Too Many Requests' }), {
          status: 429,
          headers: { Date: httpDate(DEVICE + 2 * HOUR) },
        }),
    });
    await expect(client.getEscrow('e1')).rejects.toMatchObject({ status: 429 });
    expect(Math.abs(client.serverClock.now() - (DEVICE + 2 * HOUR))).toBeLessThanOrEqual(1_000);
  });

  it('shares one clock when given one, and keeps the device clock without a Date header', async () => {
    const serverClock = createServerClock();
    const client = createEscrowClient({
      serverClock,
      fetch: async () => Response.json({ escrow: docEscrow }),
    });
    await client.getEscrow('e1');
    expect(client.serverClock).toBe(serverClock);
    expect(serverClock.now()).toBe(DEVICE);
  });
});
