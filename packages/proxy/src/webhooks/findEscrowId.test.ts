// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEscrowId } from './findEscrowId';

describe('findEscrowId', () => {
  it.each([
    [{ data: { escrow: { id: 'a1', _id: 'x' }, escrowId: 'x' } }, 'a1'],
    [{ data: { escrow: { _id: 'a2' }, escrowId: 'x' } }, 'a2'],
    [{ data: { escrowId: 'a3', escrow_id: 'x' }, escrowId: 'x' }, 'a3'],
    [{ data: { escrow_id: 'a4' }, escrowId: 'x' }, 'a4'],
    [{ escrowId: 'a5', escrow_id: 'x', data: { id: 'x' } }, 'a5'],
    [{ escrow_id: 'a6', data: { id: 'x' } }, 'a6'],
    [{ data: { id: 'a7', _id: 'x' } }, 'a7'],
    [{ data: { _id: 'a8' } }, 'a8'],
  ])('finds the id of %j in the documented order', (payload, id) => {
    expect(findEscrowId(payload, 'escrow.status.updated')).toBe(id);
  });

  it('reads data.id only for escrow.* events (a contract or identity id is not an escrow id)', () => {
    expect(findEscrowId({ data: { id: 'c1' } }, 'contract.signed')).toBeUndefined();
    expect(findEscrowId({ data: { escrowId: 'e1', id: 'c1' } }, 'contract.signed')).toBe('e1');
  });

  it('skips values that are not DHMAD ids and never throws on odd payloads', () => {
    const event = 'escrow.updated';
    expect(findEscrowId({ data: { escrow: { id: 'a/../b' }, escrowId: 'ok' } }, event)).toBe('ok');
    expect(findEscrowId({ data: { escrow: { id: 42 } } }, event)).toBeUndefined();
    expect(findEscrowId({ data: { escrow: 'e1' } }, event)).toBeUndefined();
    expect(findEscrowId({ data: { id: 'x'.repeat(65) } }, event)).toBeUndefined();
    for (const payload of [null, 'e1', 42, [], [{ escrowId: 'e1' }], { data: null }]) {
      expect(findEscrowId(payload, event)).toBeUndefined();
    }
  });
});
