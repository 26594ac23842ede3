// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMemoryEventBus } from './createMemoryEventBus';

describe('createMemoryEventBus', () => {
  it('delivers an event to the subscribers of its escrow only, until they unsubscribe', async () => {
    const bus = createMemoryEventBus();
    const a = vi.fn();
    const b = vi.fn();
    const unsubscribeA = bus.subscribe(['e1', 'e2'], a);
    bus.subscribe(['e2'], b);

    await bus.publish({ escrowId: 'e1', event: 'escrow.status.updated' });
    await bus.publish({ escrowId: 'e2', event: 'escrow.proof.submitted' });
    await bus.publish({ escrowId: 'e3', event: 'escrow.updated' });
    expect(a.mock.calls).toEqual([
      [{ escrowId: 'e1', event: 'escrow.status.updated' }],
      [{ escrowId: 'e2', event: 'escrow.proof.submitted' }],
    ]);
    expect(b.mock.calls).toEqual([[{ escrowId: 'e2', event: 'escrow.proof.submitted' }]]);

    unsubscribeA();
    unsubscribeA();
    await bus.publish({ escrowId: 'e2', event: 'escrow.proof.accepted' });
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('keeps delivering to the others when one listener throws', async () => {
    const bus = createMemoryEventBus();
    const after = vi.fn();
    bus.subscribe(['e1'], () => {
      throw new Error('closed stream');
    });
    bus.subscribe(['e1'], after);
    await expect(bus.publish({ escrowId: 'e1', event: 'x' })).resolves.toBeUndefined();
    expect(after).toHaveBeenCalledOnce();
  });

  it('claims a webhook id once until its time to live ends', async () => {
    let now = 1_000;
    const bus = createMemoryEventBus({ now: () => now });
    expect(await bus.markDelivered('wh_1', 500)).toBe(true);
    expect(await bus.markDelivered('wh_1', 500)).toBe(false);
    expect(await bus.markDelivered('wh_2', 500)).toBe(true);
    now += 499;
    expect(await bus.markDelivered('wh_1', 500)).toBe(false);
    now += 1;
    expect(await bus.markDelivered('wh_1', 500)).toBe(true);
  });

  it('forgets a claim on request, so the same id can be claimed again', async () => {
    const bus = createMemoryEventBus();
    expect(await bus.markDelivered('wh_1', 60_000)).toBe(true);
    await bus.forgetDelivery('wh_1');
    await bus.forgetDelivery('never-claimed');
    expect(await bus.markDelivered('wh_1', 60_000)).toBe(true);
    expect(await bus.markDelivered('wh_1', 60_000)).toBe(false);
  });

  it('remembers at most maxDeliveryIds ids, dropping the expired and then the oldest', async () => {
    let now = 0;
    const bus = createMemoryEventBus({ maxDeliveryIds: 3, now: () => now });
    await bus.markDelivered('short', 10);
    await bus.markDelivered('a', 1_000);
    await bus.markDelivered('b', 1_000);
    now = 20;
    expect(await bus.markDelivered('c', 1_000)).toBe(true); // evicts the expired 'short'
    expect(await bus.markDelivered('a', 1_000)).toBe(false);
    expect(await bus.markDelivered('d', 1_000)).toBe(true); // evicts the oldest, 'a'
    expect(await bus.markDelivered('a', 1_000)).toBe(true);
    expect(await bus.markDelivered('c', 1_000)).toBe(false);
    expect(() => createMemoryEventBus({ maxDeliveryIds: 0 })).toThrow(TypeError);
  });
});
