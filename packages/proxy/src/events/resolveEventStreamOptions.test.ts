// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import { createMemoryEventBus } from '../createMemoryEventBus';
import type { EscrowProxyOptions } from '../EscrowProxyOptions';
import { resolveEventStreamOptions } from './resolveEventStreamOptions';

describe('resolveEventStreamOptions', () => {
  it('fills in the documented defaults and keeps given values, 0 included where allowed', () => {
    expect(resolveEventStreamOptions(undefined)).toEqual({
      heartbeatMs: 15_000,
      retryMs: 5_000,
      replayBufferSize: 1_000,
      authorizationTtlMs: 60_000,
      maxEscrowsPerStream: 50,
    });
    expect(
      resolveEventStreamOptions({ heartbeatMs: 20, replayBufferSize: 0, authorizationTtlMs: 0 }),
    ).toMatchObject({
      heartbeatMs: 20,
      retryMs: 5_000,
      replayBufferSize: 0,
      authorizationTtlMs: 0,
    });
  });

  it.each([
    [null, '`events` must be an object'],
    ['fast', '`events` must be an object'],
    [{ heartbeatMs: 0 }, '`events.heartbeatMs` must be an integer from 1 to 2147483647'],
    [{ heartbeatMs: 2_147_483_648 }, '`events.heartbeatMs`'],
    [{ retryMs: 1.5 }, '`events.retryMs` must be an integer from 0'],
    [{ retryMs: '5000' }, '`events.retryMs`'],
    [{ replayBufferSize: -1 }, '`events.replayBufferSize`'],
    [{ authorizationTtlMs: Number.NaN }, '`events.authorizationTtlMs`'],
    [{ maxEscrowsPerStream: 0 }, '`events.maxEscrowsPerStream` must be an integer from 1'],
  ])('throws a TypeError naming the field for %j', (events, message) => {
    expect(() => resolveEventStreamOptions(events)).toThrow(TypeError);
    expect(() => resolveEventStreamOptions(events)).toThrow(message);
  });
});

describe('createEscrowProxy: the events option', () => {
  const base: EscrowProxyOptions = {
    apiKey: 'sk_sandbox_x',
    getUser: () => null,
    redirectUrl: 'https://shop.example/cb',
  };

  it('refuses events without an event source (webhooks or eventBus)', () => {
    expect(() => createEscrowProxy({ ...base, events: { heartbeatMs: 1000 } })).toThrow(
      '`events` configures the live event stream, which needs `webhooks` or `eventBus`.',
    );
    expect(() =>
      createEscrowProxy({ ...base, eventBus: createMemoryEventBus(), events: { heartbeatMs: 1 } }),
    ).not.toThrow();
  });

  it('checks events at construction, and keeps the receiver off the stream’s path', () => {
    const eventBus = createMemoryEventBus();
    expect(() => createEscrowProxy({ ...base, eventBus, events: { retryMs: -5 } })).toThrow(
      '`events.retryMs`',
    );
    expect(() =>
      createEscrowProxy({ ...base, webhooks: { secret: 'abc', path: '/events' } }),
    ).toThrow('`webhooks.path` must not be "/events"');
  });
});
