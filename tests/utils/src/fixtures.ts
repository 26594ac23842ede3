/** Payloads from DHMAD's documentation (seeds and dhmad-api.md), for tests. */
import type { Escrow, Proof, ProofAttachment, ProofSubmission } from '@kit/hooks';
import { createDhmadSimulator, SCENARIO_BUYER, SCENARIO_SELLER, type ScenarioId } from '@kit/mock';

/** The buyer and the seller of every scenario and of the fixtures below. */
export const BUYER = SCENARIO_BUYER;
export const SELLER = SCENARIO_SELLER;

export const docEscrow = {
  id: '507f1f77bcf86cd799439011',
  _id: '507f1f77bcf86cd799439011',
  title: 'Web Development Service',
  amount: 1000.0,
  escrowFee: 50.0,
  status: 'paid',
  mode: 'standard',
  seller: {
    _id: '507f1f77bcf86cd799439013',
    email: 'seller@example.com',
    firstName: 'John',
    lastName: 'Doe',
  },
  buyer: {
    _id: '507f1f77bcf86cd799439014',
    email: 'buyer@example.com',
    firstName: 'Jane',
    lastName: 'Smith',
  },
  estimatedDeliveryDays: 7,
  expiresAt: '2024-02-15T10:00:00Z',
  paidAt: '2024-01-16T09:00:00Z',
  deliveredAt: null,
  completedAt: null,
  cancelledAt: null,
  createdAt: '2024-01-15T10:00:00Z',
  updatedAt: '2024-01-16T09:00:00Z',
  createdViaThirdParty: true,
  createdByApplicationName: 'My App',
  disputeTicketId: '65f1a2b3c4d5e6f7a8b9c0d1',
  disputeTicket: {
    ticketNumber: 'DHM-00042',
    type: 'dispute',
    subject: 'Dispute: Website redesign',
    status: 'open',
    createdAt: '2024-01-17T10:00:00Z',
    previewReason: 'Delivered work does not match the agreed scope.',
  },
  signatures: {
    sellerSigned: true,
    sellerSignedAt: '2024-01-15T11:00:00Z',
    buyerSigned: true,
    buyerSignedAt: '2024-01-16T09:00:00Z',
    isFullySigned: true,
    signedAt: '2024-01-16T09:00:00Z',
  },
} satisfies Escrow;

export const docProof = {
  phase: 'submitted_waiting_buyer_review',
  correctionRounds: 0,
  uploadDeadline: '2026-06-20T10:00:00.000Z',
  reviewDeadline: '2026-06-21T10:00:00.000Z',
  submissionCount: 1,
  submissions: [
    {
      submittedAt: '2026-06-19T14:00:00.000Z',
      note: 'Receipt from Apple Store',
      attachments: [{ mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/escrow-proof/a.jpg' }],
    },
  ],
  latestSubmission: {
    submittedAt: '2026-06-19T14:00:00.000Z',
    note: 'Receipt from Apple Store',
    attachments: [{ mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/escrow-proof/a.jpg' }],
  },
  checkoutActions: [
    {
      action: 'review_proof',
      targetUserEmail: 'buyer@example.com',
      description:
        'Create a checkout session with this action and redirect the buyer to DHMAD to accept the proof or request corrections.',
    },
  ],
} satisfies Proof;

export const docSessionCreated = {
  sessionId: '550e8400-e29b-41d4-a716-446655440000',
  url: 'https://dhmad.tn/checkout/550e8400-e29b-41d4-a716-446655440000',
  expiresAt: '2024-01-15T10:30:00Z',
};

export const docSession = {
  sessionId: '550e8400-e29b-41d4-a716-446655440000',
  escrowId: '507f1f77bcf86cd799439011',
  action: 'sign_contract',
  targetUserEmail: 'buyer@example.com',
  status: 'completed',
  metadata: { order_id: 'ord_123' },
  expiresAt: '2024-01-15T10:30:00Z',
  completedAt: '2024-01-15T10:15:00Z',
  createdAt: '2024-01-15T10:00:00Z',
};

export const businessError = (code: string, userMessage?: string) => ({
  error: {
    code,
    type: 'business_rule_violation',
    message: `Cannot create checkout session: ${code}`,
    ...(userMessage === undefined ? {} : { user_message: userMessage }),
  },
});

/** A quick escrow with the purchase-proof gate, in a given state. */
export function quickEscrow(overrides: Partial<Escrow> = {}): Escrow {
  return {
    id: 'e1',
    title: 'iPhone 15 from Dubai',
    amount: 2500,
    currency: 'TND',
    status: 'paid',
    mode: 'quick',
    buyer: { email: 'buyer@example.com' },
    seller: { email: 'traveler@example.com' },
    fulfillmentPolicy: {
      type: 'purchase_proof_required',
      proofUploadDeadlineHours: 24,
      buyerReviewDeadlineHours: 24,
    },
    proofInfo: { phase: 'waiting_seller_proof' },
    ...overrides,
  };
}

export function proofIn(phase: string, overrides: Partial<Proof> = {}): Proof {
  return {
    phase,
    submissions: [],
    latestSubmission: null,
    checkoutActions: [],
    ...overrides,
  };
}

/** A JPEG proof file on DHMAD's CDN. */
export const imageFile = (name: string): ProofAttachment => ({
  mimeType: 'image/jpeg',
  viewUrl: `https://cdn.dhmad.tn/${name}`,
});

/** A proof submission with the named JPEG files. */
export const submissionOf = (...names: string[]): ProofSubmission => ({
  submittedAt: '2026-06-19T14:00:00.000Z',
  attachments: names.map(imageFile),
});

/** A Quick Escrow with Proof whose proof the buyer must review, and that proof. */
export function reviewFixture(attachments: ProofAttachment[], reviewDeadline: string) {
  const escrow = quickEscrow({
    seller: { email: SELLER },
    fulfillmentPolicy: { type: 'purchase_proof_required' },
    proofInfo: { phase: 'submitted_waiting_buyer_review' },
  });
  const submission = {
    submittedAt: '2026-06-19T14:00:00.000Z',
    note: 'Apple Store receipt',
    attachments,
  };
  const proof = proofIn('submitted_waiting_buyer_review', {
    reviewDeadline,
    submissions: [submission],
    latestSubmission: submission,
    checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
  });
  return { escrow, proof };
}

/** The escrow of one of the simulator's named scenarios, as a fresh simulator holds it. */
export function scenarioEscrow(id: ScenarioId): Escrow {
  const simulator = createDhmadSimulator();
  const escrow = simulator.getEscrow(simulator.loadScenario(id));
  if (!escrow) throw new Error(`scenario ${id} loaded no escrow`);
  return escrow;
}
