import { BUYER, proofIn, quickEscrow as quickFixture, SELLER } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { checkDirectAction } from './directActionRules';
import { checkRejectionReason, MAX_REJECTION_REASON_LENGTH } from './directActions';
import type { Escrow } from './model';

const escrow = (overrides: Partial<Escrow>): Escrow => ({
  id: 'e1',
  status: 'paid',
  mode: 'standard',
  buyer: { email: BUYER },
  seller: { email: SELLER },
  ...overrides,
});

/** A quick escrow with a proof policy, between this file's buyer and seller. */
const quickEscrow = (overrides: Partial<Escrow>) =>
  quickFixture({ buyer: { email: BUYER }, seller: { email: SELLER }, ...overrides });

describe('checkDirectAction: deliver', () => {
  it('lets the seller deliver a paid escrow, in any letter case', () => {
    expect(checkDirectAction(escrow({}), undefined, 'deliver', SELLER)).toBeUndefined();
    expect(
      checkDirectAction(escrow({}), undefined, 'deliver', ' Seller@Example.COM'),
    ).toBeUndefined();
    expect(
      checkDirectAction(escrow({ mode: 'instant' }), undefined, 'deliver', SELLER),
    ).toBeUndefined();
  });

  it('refuses the buyer, a stranger and nobody with SELLER_ONLY', () => {
    for (const who of [BUYER, 'someone@example.com', undefined]) {
      expect(checkDirectAction(escrow({}), undefined, 'deliver', who)).toBe('SELLER_ONLY');
    }
  });

  it('refuses an escrow that is not paid', () => {
    for (const status of ['pending', 'delivered', 'completed', 'cancelled', 'frozen']) {
      expect(checkDirectAction(escrow({ status }), undefined, 'deliver', SELLER)).toBe(
        'INVALID_STATUS',
      );
    }
  });

  it('answers PROOF_NOT_ACCEPTED until the proof is accepted, by the buyer or by timeout', () => {
    const gated = quickEscrow({ status: 'paid' });
    for (const phase of [
      'waiting_seller_proof',
      'submitted_waiting_buyer_review',
      'correction_requested',
      'needs_review',
      'a_future_phase',
    ]) {
      expect(checkDirectAction(gated, proofIn(phase), 'deliver', SELLER)).toBe(
        'PROOF_NOT_ACCEPTED',
      );
    }
    for (const phase of ['accepted', 'accepted_by_timeout']) {
      expect(checkDirectAction(gated, proofIn(phase), 'deliver', SELLER)).toBeUndefined();
    }
  });

  it('reads the phase from the escrow when the proof is not loaded', () => {
    const accepted = quickEscrow({ status: 'paid', proofInfo: { phase: 'accepted' } });
    expect(checkDirectAction(accepted, undefined, 'deliver', SELLER)).toBeUndefined();
    const waiting = quickEscrow({ status: 'paid', proofInfo: { phase: 'waiting_seller_proof' } });
    expect(checkDirectAction(waiting, undefined, 'deliver', SELLER)).toBe('PROOF_NOT_ACCEPTED');
  });

  it('does not gate a quick escrow without a proof policy', () => {
    const plain = escrow({ mode: 'quick', fulfillmentPolicy: null });
    expect(checkDirectAction(plain, undefined, 'deliver', SELLER)).toBeUndefined();
  });
});

describe('checkDirectAction: reject_delivery', () => {
  it('lets the buyer reject a delivered escrow', () => {
    expect(
      checkDirectAction(escrow({ status: 'delivered' }), undefined, 'reject_delivery', BUYER),
    ).toBeUndefined();
  });

  it('refuses the seller, an escrow not delivered, and an open dispute', () => {
    const delivered = escrow({ status: 'delivered' });
    expect(checkDirectAction(delivered, undefined, 'reject_delivery', SELLER)).toBe('BUYER_ONLY');
    expect(checkDirectAction(escrow({}), undefined, 'reject_delivery', BUYER)).toBe(
      'INVALID_STATUS',
    );
    const disputed = escrow({ status: 'delivered', disputeTicket: { status: 'open' } });
    expect(checkDirectAction(disputed, undefined, 'reject_delivery', BUYER)).toBe(
      'DISPUTE_ALREADY_OPENED',
    );
  });
});

describe('checkDirectAction: cancel_pending', () => {
  it('lets either party cancel a pending escrow, and nobody else', () => {
    const pending = escrow({ status: 'pending' });
    expect(checkDirectAction(pending, undefined, 'cancel_pending', BUYER)).toBeUndefined();
    expect(checkDirectAction(pending, undefined, 'cancel_pending', SELLER)).toBeUndefined();
    expect(checkDirectAction(pending, undefined, 'cancel_pending', 'x@example.com')).toBe(
      'NOT_A_PARTY',
    );
    expect(checkDirectAction(escrow({}), undefined, 'cancel_pending', BUYER)).toBe(
      'INVALID_STATUS',
    );
  });
});

describe('checkRejectionReason', () => {
  it('trims, treats empty as none, and refuses a non-string or an overlong reason', () => {
    expect(checkRejectionReason('  Missing pages ')).toEqual({ ok: true, reason: 'Missing pages' });
    expect(checkRejectionReason('   ')).toEqual({ ok: true, reason: undefined });
    expect(checkRejectionReason(undefined)).toEqual({ ok: true, reason: undefined });
    expect(checkRejectionReason(null)).toEqual({ ok: true, reason: undefined });
    expect(checkRejectionReason(42)).toEqual({ ok: false, issue: 'not_a_string' });
    const max = 'x'.repeat(MAX_REJECTION_REASON_LENGTH);
    expect(checkRejectionReason(` ${max} `)).toEqual({ ok: true, reason: max });
    expect(checkRejectionReason(`${max}x`)).toEqual({ ok: false, issue: 'too_long' });
  });
});
