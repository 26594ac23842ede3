// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createReplayBuffer } from './createReplayBuffer';

const all = new Set(['e1', 'e2']);

describe('createReplayBuffer', () => {
  it('numbers events under one random prefix per buffer, serialising the JSON once', () => {
    const buffer = createReplayBuffer(10);
    const first = buffer.add({ escrowId: 'e1', event: 'escrow.proof.submitted' });
    const second = buffer.add({ escrowId: 'e2', event: 'escrow.status.updated' });
    expect(first.id).toMatch(/^[0-9a-f]{12}-1$/);
    expect(second.id).toBe(first.id.replace(/-1$/, '-2'));
    expect(first.data).toBe('{"escrowId":"e1","event":"escrow.proof.submitted"}');
    const other = createReplayBuffer(10).add({ escrowId: 'e1', event: 'x' });
    expect(other.id.split('-')[0]).not.toBe(first.id.split('-')[0]);
  });

  it('gives back the kept events after an id, of the asked escrows only, oldest first', () => {
    const buffer = createReplayBuffer(10, 'p');
    const ids = ['e1', 'e2', 'e1', 'e1'].map((escrowId) => buffer.add({ escrowId, event: 'x' }).id);
    expect(buffer.after('p-1', new Set(['e1'])).map((event) => event.id)).toEqual(['p-3', 'p-4']);
    expect(buffer.after('p-1', all).map((event) => event.id)).toEqual(ids.slice(1));
    expect(buffer.after('p-4', all)).toEqual([]);
  });

  it('forgets past its size, and knows no id it did not number', () => {
    const buffer = createReplayBuffer(2, 'p');
    for (let i = 0; i < 5; i++) buffer.add({ escrowId: 'e1', event: 'x' });
    expect(buffer.after('p-3', all).map((event) => event.id)).toEqual(['p-4', 'p-5']);
    expect(buffer.after('p-4', all).map((event) => event.id)).toEqual(['p-5']);
    expect(buffer.after('p-2', all)).toEqual([]);
    for (const unknown of ['p-6', 'p-05', 'p-4.0', 'p-', 'q-4', 'p4', '', 'p-1e1']) {
      expect(buffer.after(unknown, all), unknown).toEqual([]);
    }
  });

  it('keeps nothing with size 0, yet still numbers events', () => {
    const buffer = createReplayBuffer(0, 'p');
    expect(buffer.add({ escrowId: 'e1', event: 'x' }).id).toBe('p-1');
    buffer.add({ escrowId: 'e1', event: 'x' });
    expect(buffer.after('p-1', all)).toEqual([]);
  });
});
