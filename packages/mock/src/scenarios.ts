import type { Escrow } from '@kit/hooks/core';

/** The parties of every scenario. */
export const SCENARIO_BUYER = 'buyer@example.com';
export const SCENARIO_SELLER = 'seller@example.com';

interface ScenarioProof {
  phase: string;
  correctionRounds?: number;
  /** Upload deadline, in hours from now (negative: already passed). */
  uploadInHours?: number;
  /** Review deadline, in hours from now. */
  reviewInHours?: number;
  submissions?: {
    note?: string;
    hoursAgo?: number;
    attachments: { mimeType: string; fileName: string }[];
  }[];
}

export interface Scenario {
  /** One line saying what the escrow shows. */
  description: string;
  /** The create-escrow body it starts from. */
  create: Record<string, unknown>;
  /** What has happened to it since. */
  state: { escrow?: Partial<Escrow>; proof?: ScenarioProof };
}

const receipt = { mimeType: 'image/jpeg', fileName: 'receipt.jpg' };
const photo = { mimeType: 'image/png', fileName: 'product-photo.png' };
const confirmation = { mimeType: 'application/pdf', fileName: 'order-confirmation.pdf' };

const quickWithProof = {
  title: 'iPhone 15 Pro from Dubai',
  amount: 2500,
  currency: 'TND',
  buyerEmail: SCENARIO_BUYER,
  sellerEmail: SCENARIO_SELLER,
  estimatedDeliveryDays: 5,
  mode: 'quick',
  fulfillmentPolicy: {
    type: 'purchase_proof_required',
    proofUploadDeadlineHours: 24,
    buyerReviewDeadlineHours: 24,
  },
};
const standard = {
  title: 'Website redesign',
  amount: 1800,
  currency: 'TND',
  buyerEmail: SCENARIO_BUYER,
  sellerEmail: SCENARIO_SELLER,
  estimatedDeliveryDays: 14,
  mode: 'standard',
  contractTerms: 'The seller delivers a redesigned five-page website within 14 days.',
};
const signed = { signatures: { sellerSigned: true, buyerSigned: true, isFullySigned: true } };
const paid = { status: 'paid', ...signed };

/** Ready escrows, each with a one-line description; load one with `simulator.loadScenario(name)`. */
export const SCENARIOS = {
  'proof-waiting': {
    description:
      'Quick escrow with proof: the buyer paid, the seller has 20 hours left to upload proof.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: { phase: 'waiting_seller_proof', uploadInHours: 20 },
    },
  },
  'proof-submitted': {
    description: 'The seller uploaded a receipt and a photo; the buyer has 5 hours left to review.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'submitted_waiting_buyer_review',
        uploadInHours: -2,
        reviewInHours: 5,
        submissions: [
          { note: 'Receipt from the Apple Store, Dubai Mall', attachments: [receipt, photo] },
        ],
      },
    },
  },
  'proof-correction-requested': {
    description:
      'The buyer asked for a clearer receipt (round 1); the seller has 18 hours to send it.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'correction_requested',
        correctionRounds: 1,
        uploadInHours: 18,
        submissions: [{ note: 'Photo of the box', hoursAgo: 6, attachments: [photo] }],
      },
    },
  },
  'proof-accepted': {
    description: 'The buyer accepted the proof; the seller can now deliver.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'accepted',
        submissions: [
          { note: 'Receipt and order confirmation', attachments: [receipt, confirmation] },
        ],
      },
    },
  },
  'proof-accepted-by-timeout': {
    description: 'The buyer did not review in time, so the proof was accepted automatically.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'accepted_by_timeout',
        reviewInHours: -1,
        submissions: [{ attachments: [receipt] }],
      },
    },
  },
  'proof-needs-review': {
    description: 'Three rounds of corrections were used up: DHMAD is reviewing the proof.',
    create: quickWithProof,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'needs_review',
        correctionRounds: 3,
        submissions: [
          { note: 'Blurry receipt', hoursAgo: 40, attachments: [receipt] },
          { note: 'Receipt again', hoursAgo: 30, attachments: [receipt] },
          { note: 'Receipt and photo', hoursAgo: 20, attachments: [receipt, photo] },
        ],
      },
    },
  },
  'proof-expired': {
    description:
      'The seller sent no proof in time: the escrow was cancelled and the buyer refunded.',
    create: quickWithProof,
    state: { escrow: { status: 'cancelled' }, proof: { phase: 'expired', uploadInHours: -3 } },
  },
  'status-pending': {
    description: 'A standard escrow waiting for both signatures and the payment.',
    create: standard,
    state: {},
  },
  'status-paid': {
    description: 'A standard escrow, signed and paid: the seller is working on it.',
    create: standard,
    state: { escrow: paid },
  },
  'status-delivered': {
    description: 'The seller delivered: the buyer has a week to confirm receipt.',
    create: standard,
    state: {
      escrow: {
        ...paid,
        status: 'delivered',
        deliveredAt: '2026-06-18T10:00:00.000Z',
        completionDeadline: '2026-06-25T10:00:00.000Z',
      },
    },
  },
  'status-completed': {
    description: 'The buyer confirmed receipt: funds were released to the seller.',
    create: standard,
    state: { escrow: { ...paid, status: 'completed', completedAt: '2026-06-18T12:00:00.000Z' } },
  },
  'status-cancelled': {
    description: 'The escrow was cancelled before payment.',
    create: standard,
    state: { escrow: { status: 'cancelled', cancelledAt: '2026-06-18T12:00:00.000Z' } },
  },
  'mode-standard': {
    description: 'Standard mode: a contract to sign, then payment, delivery and confirmation.',
    create: standard,
    state: {
      escrow: { signatures: { sellerSigned: true, buyerSigned: false, isFullySigned: false } },
    },
  },
  'mode-quick': {
    description: 'Quick mode without proof: no contract, the buyer pays straight away.',
    create: {
      ...quickWithProof,
      title: 'Handmade leather bag',
      amount: 320,
      fulfillmentPolicy: undefined,
    },
    state: {},
  },
  'mode-instant': {
    description: 'Instant mode: a digital good that completes as soon as it is delivered.',
    create: {
      title: 'E-book: Tunisian cooking',
      amount: 25,
      currency: 'TND',
      buyerEmail: SCENARIO_BUYER,
      mode: 'instant',
    },
    state: { escrow: { seller: { email: SCENARIO_SELLER }, sellerEmail: SCENARIO_SELLER } },
  },
  disputed: {
    description: 'The buyer opened a dispute after payment; DHMAD is looking into it.',
    create: standard,
    state: {
      escrow: {
        ...paid,
        disputeTicketId: '65f1a2b3c4d5e6f7a8b9c0d1',
        disputeTicket: {
          ticketNumber: 'DHM-00042',
          type: 'dispute',
          subject: 'Dispute: Website redesign',
          status: 'open',
          createdAt: '2026-06-18T10:00:00.000Z',
          previewReason: 'Delivered work does not match the agreed scope.',
        },
      },
    },
  },
  'cancellation-requested': {
    description: 'The buyer asked to cancel after paying; the seller must accept or refuse.',
    create: standard,
    state: {
      escrow: {
        ...paid,
        cancellationRequest: {
          status: 'pending',
          requestedAt: '2026-06-19T08:00:00.000Z',
          reason: 'I found it cheaper elsewhere.',
        },
      },
    },
  },
} satisfies Record<string, Scenario>;

export type ScenarioId = keyof typeof SCENARIOS;
