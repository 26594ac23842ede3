import { PROOF_SCENARIOS } from './proofScenarios';
import type { Scenario } from './Scenario';
import {
  INSTANT_BODY,
  QUICK_WITH_PROOF_BODY,
  SCENARIO_SELLER,
  SIGNED,
  STANDARD_BODY,
} from './scenarioBodies';

export type { Scenario } from './Scenario';
export { SCENARIO_BUYER, SCENARIO_SELLER } from './scenarioBodies';

const paid = { status: 'paid', ...SIGNED };
/** The seller of the instant scenarios (see `INSTANT_BODY`). */
const instantSeller = { seller: { email: SCENARIO_SELLER }, sellerEmail: SCENARIO_SELLER };

/** Ready escrows, each with a one-line description; load one with `simulator.loadScenario(name)`. */
export const SCENARIOS = {
  ...PROOF_SCENARIOS,
  'status-pending': {
    description: 'A standard escrow waiting for both signatures and the payment.',
    create: STANDARD_BODY,
    state: {},
  },
  'status-paid': {
    description: 'A standard escrow, signed and paid: the seller is working on it.',
    create: STANDARD_BODY,
    state: { escrow: paid },
  },
  'status-delivered': {
    description: 'The seller delivered: the buyer has a week to confirm receipt.',
    create: STANDARD_BODY,
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
    create: STANDARD_BODY,
    state: { escrow: { ...paid, status: 'completed', completedAt: '2026-06-18T12:00:00.000Z' } },
  },
  'status-cancelled': {
    description: 'The escrow was cancelled before payment.',
    create: STANDARD_BODY,
    state: { escrow: { status: 'cancelled', cancelledAt: '2026-06-18T12:00:00.000Z' } },
  },
  'mode-standard': {
    description: 'Standard mode: a contract to sign, then payment, delivery and confirmation.',
    create: STANDARD_BODY,
    state: {
      escrow: { signatures: { sellerSigned: true, buyerSigned: false, isFullySigned: false } },
    },
  },
  'mode-quick': {
    description: 'Quick mode without proof: no contract, the buyer pays straight away.',
    create: {
      ...QUICK_WITH_PROOF_BODY,
      title: 'Handmade leather bag',
      amount: 320,
      fulfillmentPolicy: undefined,
    },
    state: {},
  },
  'mode-instant': {
    description: 'Instant mode: a digital good that completes as soon as it is delivered.',
    create: INSTANT_BODY,
    state: { escrow: instantSeller },
  },
  'instant-paid': {
    description:
      'Instant mode, paid: the seller’s delivery completes it at once and releases the funds.',
    create: INSTANT_BODY,
    state: { escrow: { ...instantSeller, status: 'paid' } },
  },
  disputed: {
    description: 'The buyer opened a dispute after payment; DHMAD is looking into it.',
    create: STANDARD_BODY,
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
    create: STANDARD_BODY,
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
