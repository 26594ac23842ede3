import { proofIn, quickEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { nextDeadline } from './nextDeadline';

const UPLOAD = '2026-06-20T10:00:00.000Z';
const REVIEW = '2026-06-21T10:00:00.000Z';
const COMPLETION = '2026-06-28T10:00:00.000Z';
const deadlines = { uploadDeadline: UPLOAD, reviewDeadline: REVIEW };

describe('nextDeadline', () => {
  it.each([
    ['waiting_seller_proof', { field: 'uploadDeadline', deadline: UPLOAD }],
    ['correction_requested', { field: 'uploadDeadline', deadline: UPLOAD }],
    ['submitted_waiting_buyer_review', { field: 'reviewDeadline', deadline: REVIEW }],
    ['accepted', undefined],
    ['accepted_by_timeout', undefined],
    ['needs_review', undefined],
    ['a_phase_from_2030', undefined],
  ])('a paid escrow whose proof is %s → %j', (phase, expected) => {
    expect(nextDeadline(quickEscrow(), proofIn(phase, deadlines))).toEqual(expected);
  });

  it("falls back to the escrow's proofInfo while the proof is not loaded", () => {
    const escrow = quickEscrow({
      proofInfo: { phase: 'submitted_waiting_buyer_review', ...deadlines },
    });
    expect(nextDeadline(escrow, undefined)).toEqual({ field: 'reviewDeadline', deadline: REVIEW });
  });

  it("takes the proof's own phase and deadline over the escrow's older proofInfo", () => {
    const escrow = quickEscrow({ proofInfo: { phase: 'waiting_seller_proof', ...deadlines } });
    const proof = proofIn('submitted_waiting_buyer_review', { reviewDeadline: COMPLETION });
    expect(nextDeadline(escrow, proof)).toEqual({
      field: 'reviewDeadline',
      deadline: COMPLETION,
    });
  });

  it('gives the completion deadline once the seller delivered, whatever the proof says', () => {
    const escrow = quickEscrow({ status: 'delivered', completionDeadline: COMPLETION });
    expect(nextDeadline(escrow, proofIn('accepted', deadlines))).toEqual({
      field: 'completionDeadline',
      deadline: COMPLETION,
    });
    expect(nextDeadline({ ...escrow, completionDeadline: null }, null)).toBeUndefined();
  });

  it.each(['pending', 'completed', 'cancelled', 'frozen_by_regulator'])(
    'gives none while the escrow is %s',
    (status) => {
      const escrow = quickEscrow({ status, completionDeadline: COMPLETION });
      expect(nextDeadline(escrow, proofIn('waiting_seller_proof', deadlines))).toBeUndefined();
    },
  );

  it('reads a proof alone by its phase, and gives none for a phase without its date', () => {
    expect(nextDeadline(undefined, proofIn('waiting_seller_proof', deadlines))).toEqual({
      field: 'uploadDeadline',
      deadline: UPLOAD,
    });
    expect(nextDeadline(undefined, proofIn('waiting_seller_proof'))).toBeUndefined();
    expect(nextDeadline(undefined, undefined)).toBeUndefined();
  });
});
