import { quickEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { expectsProof } from './expectsProof';

describe('expectsProof', () => {
  it.each([
    ['a funded quick escrow with the proof policy', quickEscrow({ proofInfo: null }), true],
    ['one that reports a proof phase', quickEscrow({ fulfillmentPolicy: null }), true],
    ['one not paid yet', quickEscrow({ status: 'pending', proofInfo: null }), false],
    [
      'one cancelled before payment',
      quickEscrow({ status: 'cancelled', paidAt: null, proofInfo: null }),
      false,
    ],
    [
      'one cancelled after payment',
      quickEscrow({ status: 'cancelled', paidAt: '2026-06-18T09:00:00Z', proofInfo: null }),
      true,
    ],
    [
      'a quick escrow without the policy',
      quickEscrow({ fulfillmentPolicy: null, proofInfo: null }),
      false,
    ],
    ['a standard escrow', quickEscrow({ mode: 'standard', proofInfo: null }), false],
    ['no escrow yet', undefined, false],
  ])('%s → %s', (_, escrow, expected) => {
    expect(expectsProof(escrow)).toBe(expected);
  });
});
