import type { Escrow, Proof } from '@kit/hooks';
import { describe, expect, it } from 'vitest';
import { moreActionsFor } from './moreActionsFor';

const SELLER = 'seller@example.com';
const BUYER = 'buyer@example.com';

const quickWithProof = (status: string, phase?: string): Escrow => ({
  id: 'e1',
  status,
  mode: 'quick',
  sellerEmail: SELLER,
  buyerEmail: BUYER,
  seller: { email: SELLER },
  buyer: { email: BUYER },
  fulfillmentPolicy: { type: 'purchase_proof_required' },
  proofInfo: phase ? { phase } : null,
});
const proofIn = (phase: string): Proof => ({ phase, submissions: [] }) as unknown as Proof;

describe('moreActionsFor', () => {
  it("offers the seller 'Mark as delivered' before the proof is accepted, marked locked", () => {
    const escrow = quickWithProof('paid', 'submitted_waiting_buyer_review');
    expect(moreActionsFor(escrow, proofIn('submitted_waiting_buyer_review'), SELLER)).toEqual([
      { action: 'deliver', locked: true },
    ]);
    expect(moreActionsFor(escrow, proofIn('submitted_waiting_buyer_review'), BUYER)).toEqual([]);
  });

  it("leaves 'Mark as delivered' to ProofPanel once DHMAD allows it", () => {
    const escrow = quickWithProof('paid', 'accepted');
    expect(moreActionsFor(escrow, proofIn('accepted'), SELLER)).toEqual([]);
  });

  it("offers the buyer 'Reject delivery' on a delivered escrow, and either party the cancel of a pending one", () => {
    expect(moreActionsFor(quickWithProof('delivered', 'accepted'), null, BUYER)).toEqual([
      { action: 'reject_delivery', locked: false },
    ]);
    expect(moreActionsFor(quickWithProof('pending'), null, SELLER)).toEqual([
      { action: 'cancel_pending', locked: false },
    ]);
    expect(moreActionsFor(quickWithProof('pending'), null, BUYER)).toEqual([
      { action: 'cancel_pending', locked: false },
    ]);
  });

  it('offers nothing to someone who is not a party, nor before the escrow is loaded', () => {
    expect(moreActionsFor(quickWithProof('pending'), null, 'someone@example.com')).toEqual([]);
    expect(moreActionsFor(undefined, undefined, SELLER)).toEqual([]);
  });
});
