import { docEscrow, proofIn, quickEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { nextStepsFor } from './nextStepsFor';

describe('nextStepsFor', () => {
  it("lists DHMAD's suggestions addressed to the viewer, whatever the case of the email", () => {
    const proof = proofIn('submitted_waiting_buyer_review', {
      checkoutActions: [
        { action: 'review_proof', targetUserEmail: 'BUYER@example.com ' },
        { action: 'reject_cancellation', targetUserEmail: 'traveler@example.com' },
        { action: 'teleport_goods', targetUserEmail: 'buyer@example.com' },
      ],
    });
    expect(nextStepsFor(undefined, proof, 'buyer@example.com')).toEqual(['review_proof']);
    expect(nextStepsFor(undefined, proof, 'Traveler@Example.com')).toEqual(['reject_cancellation']);
  });

  it('adds the steps the rules allow, in lifecycle order, and no dispute or cancellation', () => {
    const escrow = { ...docEscrow, status: 'pending', signatures: null, disputeTicket: null };
    expect(nextStepsFor(escrow, null, 'buyer@example.com')).toEqual([
      'sign_contract',
      'accept_pay',
    ]);
    expect(nextStepsFor({ ...escrow, status: 'delivered' }, null, 'buyer@example.com')).toEqual([
      'complete',
    ]);
  });

  it("puts the answers to the buyer's pending cancellation request before delivering", () => {
    const escrow = {
      ...docEscrow,
      status: 'paid',
      disputeTicket: null,
      cancellationRequest: { status: 'pending', reason: 'Changed my mind' },
    };
    expect(nextStepsFor(escrow, null, 'seller@example.com')).toEqual([
      'accept_cancellation',
      'reject_cancellation',
      'deliver',
    ]);
    expect(
      nextStepsFor({ ...escrow, cancellationRequest: null }, null, 'seller@example.com'),
    ).toEqual(['deliver']);
  });

  it('gives the seller of a quick escrow waiting for proof the upload step', () => {
    expect(nextStepsFor(quickEscrow(), undefined, 'traveler@example.com')).toEqual([
      'submit_proof',
    ]);
  });

  it('gives nothing without a viewer, or to someone who is not a party', () => {
    expect(nextStepsFor(quickEscrow(), undefined, undefined)).toEqual([]);
    expect(nextStepsFor(quickEscrow(), undefined, ' ')).toEqual([]);
    expect(nextStepsFor(quickEscrow(), undefined, 'someone@example.com')).toEqual([]);
  });
});
