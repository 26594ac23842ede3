import type { Escrow, EscrowAction } from '@kit/hooks';
import { proofIn, quickEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { type TurnChange, turnChange } from './turnChange';

const state = (status: string, ...steps: EscrowAction[]) => ({ status, steps });

describe('turnChange: what the other party did, for the viewer who gained a step', () => {
  it.each<[string, ReturnType<typeof state>, ReturnType<typeof state>, Escrow, TurnChange]>([
    [
      'proof submitted → buyer',
      state('paid'),
      state('paid', 'review_proof'),
      quickEscrow({ proofInfo: { phase: 'submitted_waiting_buyer_review' } }),
      { key: 'proofSubmitted', step: 'review_proof' },
    ],
    [
      'correction requested → seller',
      state('paid'),
      state('paid', 'submit_proof'),
      quickEscrow({ proofInfo: { phase: 'correction_requested' } }),
      { key: 'correctionRequested', step: 'submit_proof' },
    ],
    [
      'buyer paid → seller (upload proof)',
      state('pending'),
      state('paid', 'submit_proof'),
      quickEscrow(),
      { key: 'paid', step: 'submit_proof' },
    ],
    [
      'proof accepted → seller (mark as delivered)',
      state('paid'),
      state('paid', 'deliver'),
      quickEscrow({ proofInfo: { phase: 'accepted' } }),
      { key: 'proofAccepted', step: 'deliver' },
    ],
    [
      'delivered → buyer (confirm receipt)',
      state('paid'),
      state('delivered', 'complete'),
      quickEscrow({ status: 'delivered', proofInfo: { phase: 'accepted' } }),
      { key: 'delivered', step: 'complete' },
    ],
    [
      'cancellation requested → seller',
      state('paid', 'deliver'),
      state('paid', 'deliver', 'accept_cancellation', 'reject_cancellation'),
      quickEscrow({ proofInfo: { phase: 'accepted' } }),
      { key: 'cancellationRequested', step: 'accept_cancellation' },
    ],
    [
      'anything else → "Your turn: {step}"',
      state('pending'),
      state('pending', 'sign_contract'),
      quickEscrow({ status: 'pending', mode: 'standard' }),
      { key: 'yourTurn', step: 'sign_contract' },
    ],
  ])('%s', (_, before, after, escrow, expected) => {
    expect(turnChange(before, after, escrow, undefined)).toEqual(expected);
  });

  it('reads the phase from the proof when there is one', () => {
    const escrow = quickEscrow();
    const change = turnChange(
      state('paid'),
      state('paid', 'submit_proof'),
      escrow,
      proofIn('correction_requested'),
    );
    expect(change?.key).toBe('correctionRequested');
  });

  it('gives nothing when no step was gained', () => {
    expect(turnChange(state('paid', 'deliver'), state('delivered'), quickEscrow(), null)).toBe(
      undefined,
    );
  });

  it('gives nothing for an unnamed change in which the viewer also lost a step (their own)', () => {
    const escrow = quickEscrow({ status: 'pending', mode: 'standard' });
    expect(
      turnChange(state('pending', 'sign_contract'), state('pending', 'accept_pay'), escrow, null),
    ).toBe(undefined);
  });
});
