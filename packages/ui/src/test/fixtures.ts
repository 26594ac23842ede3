import type { Escrow, Proof, ProofAttachment } from '@kit/hooks';

/** A Quick Escrow with Proof whose proof the buyer must review, and that proof. */
export function reviewFixture(attachments: ProofAttachment[], reviewDeadline: string) {
  const escrow: Escrow = {
    id: 'e1',
    title: 'iPhone 15 from Dubai',
    amount: 2500,
    currency: 'TND',
    status: 'paid',
    mode: 'quick',
    buyer: { email: 'buyer@example.com' },
    seller: { email: 'seller@example.com' },
    fulfillmentPolicy: { type: 'purchase_proof_required' },
    proofInfo: { phase: 'submitted_waiting_buyer_review' },
  };
  const submission = {
    submittedAt: '2026-06-19T14:00:00.000Z',
    note: 'Apple Store receipt',
    attachments,
  };
  const proof: Proof = {
    phase: 'submitted_waiting_buyer_review',
    reviewDeadline,
    submissions: [submission],
    latestSubmission: submission,
    checkoutActions: [{ action: 'review_proof', targetUserEmail: 'buyer@example.com' }],
  };
  return { escrow, proof };
}
