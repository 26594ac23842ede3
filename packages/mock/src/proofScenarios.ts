import type { Scenario } from './Scenario';
import { QUICK_WITH_PROOF_BODY } from './scenarioBodies';

const receipt = { mimeType: 'image/jpeg', fileName: 'receipt.jpg' };
const photo = { mimeType: 'image/png', fileName: 'product-photo.png' };
const confirmation = { mimeType: 'application/pdf', fileName: 'order-confirmation.pdf' };

/**
 * The Quick Escrow with Proof scenarios (seed quick-escrow-with-proof.txt): one per proof
 * phase, and one delivered after the proof was accepted.
 */
export const PROOF_SCENARIOS = {
  'proof-waiting': {
    description:
      'Quick escrow with proof: the buyer paid, the seller has 20 hours left to upload proof.',
    create: QUICK_WITH_PROOF_BODY,
    state: {
      escrow: { status: 'paid' },
      proof: { phase: 'waiting_seller_proof', uploadInHours: 20 },
    },
  },
  'proof-submitted': {
    description: 'The seller uploaded a receipt and a photo; the buyer has 5 hours left to review.',
    create: QUICK_WITH_PROOF_BODY,
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
    create: QUICK_WITH_PROOF_BODY,
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
    create: QUICK_WITH_PROOF_BODY,
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
    create: QUICK_WITH_PROOF_BODY,
    state: {
      escrow: { status: 'paid' },
      proof: {
        phase: 'accepted_by_timeout',
        reviewInHours: -1,
        submissions: [{ attachments: [receipt] }],
      },
    },
  },
  'proof-delivered': {
    description:
      'The proof was accepted and the seller delivered: the buyer can confirm receipt or reject the delivery.',
    create: QUICK_WITH_PROOF_BODY,
    state: {
      escrow: {
        status: 'delivered',
        deliveredAt: '2026-06-19T08:00:00.000Z',
        completionDeadline: '2026-06-26T08:00:00.000Z',
      },
      proof: {
        phase: 'accepted',
        submissions: [
          { note: 'Receipt and order confirmation', attachments: [receipt, confirmation] },
        ],
      },
    },
  },
  'proof-needs-review': {
    description: 'Three rounds of corrections were used up: DHMAD is reviewing the proof.',
    create: QUICK_WITH_PROOF_BODY,
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
    create: QUICK_WITH_PROOF_BODY,
    state: { escrow: { status: 'cancelled' }, proof: { phase: 'expired', uploadInHours: -3 } },
  },
} satisfies Record<string, Scenario>;
