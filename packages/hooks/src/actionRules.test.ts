import { proofIn, quickEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { type ActionRuleOptions, checkCheckoutAction, getActionAvailability } from './actionRules';
import { BUSINESS_ERROR_CODES, type CheckoutAction, type Escrow, type Proof } from './model';

const BUYER = 'buyer@example.com';
const SELLER = 'seller@example.com';

function standard(overrides: Partial<Escrow> = {}): Escrow {
  return {
    id: 'e1',
    status: 'pending',
    mode: 'standard',
    buyer: { email: BUYER },
    seller: { email: SELLER },
    signatures: { sellerSigned: false, buyerSigned: false },
    ...overrides,
  };
}

interface Case {
  name: string;
  escrow: Escrow;
  proof?: Proof;
  action: CheckoutAction;
  target: string | undefined;
  options?: ActionRuleOptions;
  expected: string | undefined;
}

const cases: Case[] = [
  // Redirect URL configuration.
  {
    name: 'no redirect URLs configured',
    escrow: standard(),
    action: 'accept_pay',
    target: BUYER,
    options: { allowedRedirectUrls: [], redirectUrl: 'https://app.example/cb' },
    expected: 'NO_REDIRECT_URLS_CONFIGURED',
  },
  {
    name: 'redirect URL not in the allowed list',
    escrow: standard(),
    action: 'accept_pay',
    target: BUYER,
    options: {
      allowedRedirectUrls: ['https://app.example/cb'],
      redirectUrl: 'https://evil.example/cb',
    },
    expected: 'REDIRECT_URL_NOT_ALLOWED',
  },
  {
    name: 'redirect URL over plain http',
    escrow: standard(),
    action: 'accept_pay',
    target: BUYER,
    options: {
      allowedRedirectUrls: ['https://app.example/cb'],
      redirectUrl: 'http://app.example/cb',
    },
    expected: 'REDIRECT_URL_MUST_BE_HTTPS',
  },
  {
    name: 'http://localhost is allowed for development',
    escrow: standard(),
    action: 'accept_pay',
    target: BUYER,
    options: {
      allowedRedirectUrls: ['http://localhost:3000/cb'],
      redirectUrl: 'http://localhost:3000/cb?order=1',
    },
    expected: undefined,
  },
  // Modes.
  {
    name: 'sign_contract on an instant escrow',
    escrow: standard({ mode: 'instant', signatures: null }),
    action: 'sign_contract',
    target: BUYER,
    expected: 'INSTANT_ESCROW_NO_CONTRACT',
  },
  {
    name: 'complete on an instant escrow',
    escrow: standard({ mode: 'instant', status: 'paid' }),
    action: 'complete',
    target: BUYER,
    expected: 'INSTANT_ESCROW_NO_COMPLETE_STEP',
  },
  {
    name: 'sign_contract on a quick escrow',
    escrow: quickEscrow({ status: 'pending' }),
    action: 'sign_contract',
    target: BUYER,
    expected: 'QUICK_ESCROW_NO_CONTRACT',
  },
  // Already done.
  {
    name: 'sign_contract by a buyer who signed',
    escrow: standard({ signatures: { buyerSigned: true } }),
    action: 'sign_contract',
    target: BUYER,
    expected: 'CONTRACT_ALREADY_SIGNED',
  },
  {
    name: 'sign_contract by the seller who has not',
    escrow: standard({ signatures: { buyerSigned: true } }),
    action: 'sign_contract',
    target: SELLER,
    expected: undefined,
  },
  {
    name: 'accept_pay on a paid escrow',
    escrow: standard({ status: 'paid' }),
    action: 'accept_pay',
    target: BUYER,
    expected: 'PAYMENT_ALREADY_DONE',
  },
  {
    name: 'accept_pay on a completed escrow',
    escrow: standard({ status: 'completed' }),
    action: 'accept_pay',
    target: BUYER,
    expected: 'PAYMENT_ALREADY_DONE',
  },
  {
    name: 'accept_pay by the buyer of a pending escrow',
    escrow: standard(),
    action: 'accept_pay',
    target: BUYER,
    expected: undefined,
  },
  {
    name: 'complete on a completed escrow',
    escrow: standard({ status: 'completed' }),
    action: 'complete',
    target: BUYER,
    expected: 'ESCROW_ALREADY_COMPLETED',
  },
  {
    name: 'complete by the buyer after delivery',
    escrow: standard({ status: 'delivered' }),
    action: 'complete',
    target: BUYER,
    expected: undefined,
  },
  {
    name: 'dispute while one is open',
    escrow: standard({ status: 'paid', disputeTicket: { status: 'open' } }),
    action: 'dispute',
    target: SELLER,
    expected: 'DISPUTE_ALREADY_OPENED',
  },
  {
    name: 'dispute by either party of a paid escrow',
    escrow: standard({ status: 'paid' }),
    action: 'dispute',
    target: SELLER,
    expected: undefined,
  },
  // Cancellation.
  {
    name: 'request_cancellation before payment',
    escrow: standard({ status: 'pending' }),
    action: 'request_cancellation',
    target: BUYER,
    expected: 'CANCELLATION_REQUEST_INVALID_STATUS',
  },
  {
    name: 'request_cancellation targeting the seller',
    escrow: standard({ status: 'paid' }),
    action: 'request_cancellation',
    target: SELLER,
    expected: 'CANCELLATION_REQUEST_BUYER_ONLY',
  },
  {
    name: 'request_cancellation twice',
    escrow: standard({ status: 'paid', cancellationRequest: { status: 'rejected' } }),
    action: 'request_cancellation',
    target: BUYER,
    expected: 'CANCELLATION_ALREADY_REQUESTED',
  },
  {
    name: 'request_cancellation by the buyer of a delivered escrow',
    escrow: standard({ status: 'delivered' }),
    action: 'request_cancellation',
    target: BUYER,
    expected: undefined,
  },
  {
    name: 'request_cancellation by an outsider',
    escrow: standard({ status: 'paid' }),
    action: 'request_cancellation',
    target: 'someone@example.com',
    expected: 'CHECKOUT_TARGET_NOT_BUYER',
  },
  {
    name: 'cancel_escrow on a completed escrow',
    escrow: standard({ status: 'completed' }),
    action: 'cancel_escrow',
    target: SELLER,
    expected: 'CANCEL_ESCROW_INVALID_STATUS',
  },
  {
    name: 'cancel_escrow targeting the buyer',
    escrow: standard({ status: 'paid' }),
    action: 'cancel_escrow',
    target: BUYER,
    expected: 'CANCEL_ESCROW_SELLER_ONLY',
  },
  {
    name: 'cancel_escrow by an outsider',
    escrow: standard({ status: 'paid' }),
    action: 'cancel_escrow',
    target: 'someone@example.com',
    expected: 'CHECKOUT_TARGET_NOT_SELLER',
  },
  {
    name: 'cancel_escrow by the seller of a paid escrow',
    escrow: standard({ status: 'paid' }),
    action: 'cancel_escrow',
    target: SELLER,
    expected: undefined,
  },
  {
    name: 'accept_cancellation with no request',
    escrow: standard({ status: 'paid' }),
    action: 'accept_cancellation',
    target: SELLER,
    expected: 'NO_PENDING_CANCELLATION',
  },
  {
    name: 'reject_cancellation after it was rejected',
    escrow: standard({ status: 'paid', cancellationRequest: { status: 'rejected' } }),
    action: 'reject_cancellation',
    target: SELLER,
    expected: 'NO_PENDING_CANCELLATION',
  },
  {
    name: 'accept_cancellation of a pending request',
    escrow: standard({ status: 'paid', cancellationRequest: { status: 'pending' } }),
    action: 'accept_cancellation',
    target: SELLER,
    expected: undefined,
  },
  {
    name: 'accept_cancellation by the buyer',
    escrow: standard({ status: 'paid', cancellationRequest: { status: 'pending' } }),
    action: 'accept_cancellation',
    target: BUYER,
    expected: 'CHECKOUT_TARGET_NOT_SELLER',
  },
  {
    name: 'a pending request known only from the suggested actions',
    escrow: quickEscrow({ seller: { email: SELLER } }),
    proof: proofIn('accepted', {
      checkoutActions: [{ action: 'reject_cancellation', targetUserEmail: SELLER }],
    }),
    action: 'reject_cancellation',
    target: SELLER,
    expected: undefined,
  },
  // Parties.
  {
    name: 'accept_pay targeting the seller',
    escrow: standard(),
    action: 'accept_pay',
    target: SELLER,
    expected: 'CHECKOUT_TARGET_NOT_BUYER',
  },
  {
    name: 'emails compare case-insensitively',
    escrow: standard(),
    action: 'accept_pay',
    target: '  Buyer@Example.COM ',
    expected: undefined,
  },
  {
    name: 'invited parties are known by their invite emails',
    escrow: standard({ buyer: null, buyerEmail: BUYER }),
    action: 'accept_pay',
    target: BUYER,
    expected: undefined,
  },
  {
    name: 'sign_contract by an outsider',
    escrow: standard(),
    action: 'sign_contract',
    target: 'someone@example.com',
    expected: 'NOT_A_PARTY',
  },
  {
    name: 'no viewer at all',
    escrow: standard({ status: 'paid' }),
    action: 'dispute',
    target: undefined,
    expected: 'NOT_A_PARTY',
  },
  // Statuses without a documented code.
  {
    name: 'complete before delivery',
    escrow: standard({ status: 'paid' }),
    action: 'complete',
    target: BUYER,
    expected: 'INVALID_STATUS',
  },
  {
    name: 'dispute on a cancelled escrow',
    escrow: standard({ status: 'cancelled' }),
    action: 'dispute',
    target: BUYER,
    expected: 'INVALID_STATUS',
  },
  {
    name: 'proof actions on a standard escrow',
    escrow: standard({ status: 'paid' }),
    action: 'submit_proof',
    target: SELLER,
    expected: 'PROOF_NOT_REQUIRED',
  },
  {
    name: 'proof actions on a quick escrow without the gate',
    escrow: quickEscrow({ fulfillmentPolicy: null, proofInfo: null }),
    action: 'review_proof',
    target: BUYER,
    expected: 'PROOF_NOT_REQUIRED',
  },
];

describe('checkCheckoutAction', () => {
  it.each(cases)('$name → $expected', ({ escrow, proof, action, target, options, expected }) => {
    expect(checkCheckoutAction(escrow, proof, action, target, options)).toBe(expected);
  });

  it('has at least one case for each of the 18 business codes', () => {
    const covered = new Set(cases.map((c) => c.expected));
    expect(BUSINESS_ERROR_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe('proof actions per phase', () => {
  const SELLER_Q = 'traveler@example.com';
  it.each([
    ['waiting_seller_proof', undefined, 'PROOF_PHASE_MISMATCH'],
    ['correction_requested', undefined, 'PROOF_PHASE_MISMATCH'],
    ['submitted_waiting_buyer_review', 'PROOF_PHASE_MISMATCH', undefined],
    ['accepted', 'PROOF_PHASE_MISMATCH', 'PROOF_PHASE_MISMATCH'],
    ['accepted_by_timeout', 'PROOF_PHASE_MISMATCH', 'PROOF_PHASE_MISMATCH'],
    ['needs_review', 'PROOF_PHASE_MISMATCH', 'PROOF_PHASE_MISMATCH'],
    ['expired', 'PROOF_PHASE_MISMATCH', 'PROOF_PHASE_MISMATCH'],
    ['a_phase_from_the_future', 'PROOF_PHASE_MISMATCH', 'PROOF_PHASE_MISMATCH'],
  ])(
    'in %s: submit_proof by the seller → %s, review_proof by the buyer → %s',
    (phase, submit, review) => {
      const escrow = quickEscrow({ proofInfo: { phase } });
      const proof = proofIn(phase);
      expect(checkCheckoutAction(escrow, proof, 'submit_proof', SELLER_Q)).toBe(submit);
      expect(checkCheckoutAction(escrow, proof, 'review_proof', BUYER)).toBe(review);
    },
  );

  it('uses the escrow proofInfo when the proof itself is not loaded', () => {
    const escrow = quickEscrow({ proofInfo: { phase: 'submitted_waiting_buyer_review' } });
    expect(checkCheckoutAction(escrow, undefined, 'review_proof', BUYER)).toBeUndefined();
  });

  it.each(['cancelled', 'completed'])(
    'refuses proof actions once the escrow is %s, whatever its phase says',
    (status) => {
      const escrow = quickEscrow({ status, proofInfo: { phase: 'waiting_seller_proof' } });
      expect(
        checkCheckoutAction(
          escrow,
          proofIn('waiting_seller_proof'),
          'submit_proof',
          'traveler@example.com',
        ),
      ).toBe('INVALID_STATUS');
      const review = quickEscrow({
        status,
        proofInfo: { phase: 'submitted_waiting_buyer_review' },
      });
      expect(
        checkCheckoutAction(
          review,
          proofIn('submitted_waiting_buyer_review'),
          'review_proof',
          BUYER,
        ),
      ).toBe('INVALID_STATUS');
    },
  );

  it('refuses proof actions to the wrong party', () => {
    const escrow = quickEscrow();
    expect(
      checkCheckoutAction(escrow, proofIn('waiting_seller_proof'), 'submit_proof', BUYER),
    ).toBe('CHECKOUT_TARGET_NOT_SELLER');
  });
});

describe('getActionAvailability', () => {
  it('lists all thirteen actions for the viewer, with the refusal code where refused', () => {
    const availability = getActionAvailability(standard({ status: 'delivered' }), undefined, BUYER);
    expect(Object.keys(availability)).toHaveLength(13);
    expect(availability.complete).toEqual({ action: 'complete', allowed: true });
    expect(availability.accept_pay).toEqual({
      action: 'accept_pay',
      allowed: false,
      code: 'PAYMENT_ALREADY_DONE',
    });
    expect(
      Object.values(availability)
        .filter((a) => a.allowed)
        .map((a) => a.action),
    ).toEqual(['complete', 'dispute', 'request_cancellation', 'reject_delivery']);
  });
});
