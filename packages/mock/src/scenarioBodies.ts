/** The buyer of every scenario. */
export const SCENARIO_BUYER = 'buyer@example.com';
/** The seller of every scenario. */
export const SCENARIO_SELLER = 'seller@example.com';

/** A Quick Escrow with Proof between the scenario parties (seed quick-escrow-with-proof.txt). */
export const QUICK_WITH_PROOF_BODY = {
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
    allowedProofTypes: ['receipt', 'tracking_proof', 'product_photo'],
  },
};

/** A standard escrow between the scenario parties, with its contract terms. */
export const STANDARD_BODY = {
  title: 'Website redesign',
  amount: 1800,
  currency: 'TND',
  buyerEmail: SCENARIO_BUYER,
  sellerEmail: SCENARIO_SELLER,
  estimatedDeliveryDays: 14,
  mode: 'standard',
  contractTerms: 'The seller delivers a redesigned five-page website within 14 days.',
};

/**
 * An instant escrow: DHMAD makes the account's own user its seller (no `sellerEmail`), so a
 * scenario names the scenario seller in its state instead.
 */
export const INSTANT_BODY = {
  title: 'E-book: Tunisian cooking',
  amount: 25,
  currency: 'TND',
  buyerEmail: SCENARIO_BUYER,
  mode: 'instant',
};

/** Both signatures done, as a standard escrow is before its payment. */
export const SIGNED = {
  signatures: { sellerSigned: true, buyerSigned: true, isFullySigned: true },
};
