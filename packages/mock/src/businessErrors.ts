/**
 * The simulator's texts for DHMAD's business-rule refusals: `message` for developers,
 * `user_message` for end users. The two seed examples are DHMAD's own words; the rest are the
 * simulator's. The last five codes are the kit's stand-ins where DHMAD answers with a 400
 * whose code it does not document.
 */
export const BUSINESS_ERRORS: Record<string, { message: string; user_message: string }> = {
  NO_REDIRECT_URLS_CONFIGURED: {
    message:
      'Cannot create checkout session: no allowed redirect URLs are configured in the developer dashboard.',
    user_message: 'Checkout is not available for this app yet. Please contact the seller.',
  },
  REDIRECT_URL_NOT_ALLOWED: {
    message: 'Cannot create checkout session: redirectUrl does not match any allowed redirect URL.',
    user_message: 'Checkout is not available from this page. Please contact the seller.',
  },
  REDIRECT_URL_MUST_BE_HTTPS: {
    message:
      'Cannot create checkout session: redirectUrl must use HTTPS (http://localhost excepted).',
    user_message: 'Checkout needs a secure connection. Please contact the seller.',
  },
  INSTANT_ESCROW_NO_CONTRACT: {
    message:
      'Cannot create checkout session: instant escrows have no contract. Use accept_pay instead.',
    user_message: 'This transaction has no contract to sign. You can pay directly.',
  },
  INSTANT_ESCROW_NO_COMPLETE_STEP: {
    message:
      'Cannot create checkout session: instant escrows complete through the deliver endpoint.',
    user_message: 'This transaction completes automatically once it is delivered.',
  },
  QUICK_ESCROW_NO_CONTRACT: {
    message:
      'Cannot create checkout session: quick escrows have no contract. Use accept_pay instead.',
    user_message: 'This transaction has no contract to sign. You can pay directly.',
  },
  CONTRACT_ALREADY_SIGNED: {
    message: 'Cannot create checkout session: this signer has already signed the contract.',
    user_message: 'This contract has already been signed.',
  },
  PAYMENT_ALREADY_DONE: {
    message: 'Cannot create checkout session: payment has already been made for this escrow.',
    user_message: 'Payment has already been completed for this transaction.',
  },
  ESCROW_ALREADY_COMPLETED: {
    message: 'Cannot create checkout session: the escrow is already completed.',
    user_message: 'This transaction is already completed.',
  },
  DISPUTE_ALREADY_OPENED: {
    message: 'Cannot create checkout session: a dispute has already been opened for this escrow.',
    user_message: 'A dispute is already open for this transaction.',
  },
  CANCELLATION_REQUEST_INVALID_STATUS: {
    message:
      'Cannot create checkout session: request_cancellation needs a paid or delivered escrow.',
    user_message: 'You can ask to cancel only after the payment.',
  },
  CANCELLATION_REQUEST_BUYER_ONLY: {
    message:
      'Cannot create checkout session: request_cancellation targets the buyer. Use cancel_escrow for the seller.',
    user_message: 'Only the buyer can ask to cancel. As the seller, you can cancel directly.',
  },
  CANCEL_ESCROW_INVALID_STATUS: {
    message: 'Cannot create checkout session: cancel_escrow needs a paid or delivered escrow.',
    user_message: 'This transaction can be cancelled this way only after the payment.',
  },
  CANCEL_ESCROW_SELLER_ONLY: {
    message:
      'Cannot create checkout session: cancel_escrow targets the seller. Use request_cancellation for the buyer.',
    user_message: 'Only the seller can cancel directly. As the buyer, you can ask to cancel.',
  },
  CHECKOUT_TARGET_NOT_BUYER: {
    message: 'Cannot create checkout session: targetUserEmail is not the buyer of this escrow.',
    user_message: 'Only the buyer can do this.',
  },
  CHECKOUT_TARGET_NOT_SELLER: {
    message: 'Cannot create checkout session: targetUserEmail is not the seller of this escrow.',
    user_message: 'Only the seller can do this.',
  },
  CANCELLATION_ALREADY_REQUESTED: {
    message:
      'Cannot create checkout session: a cancellation has already been requested or processed.',
    user_message: 'A cancellation has already been requested for this transaction.',
  },
  NO_PENDING_CANCELLATION: {
    message: 'Cannot create checkout session: there is no pending cancellation request.',
    user_message: 'There is no cancellation request to answer.',
  },
  NOT_A_PARTY: {
    message: 'Cannot create checkout session: targetUserEmail is neither the buyer nor the seller.',
    user_message: 'Only the buyer or the seller of this transaction can do this.',
  },
  INVALID_STATUS: {
    message: 'Cannot create checkout session: the escrow status does not allow this action.',
    user_message: 'This step is not possible at this stage of the transaction.',
  },
  PROOF_NOT_REQUIRED: {
    message: 'Cannot create checkout session: this escrow has no purchase-proof policy.',
    user_message: 'This transaction does not use proof of purchase.',
  },
  PROOF_PHASE_MISMATCH: {
    message: 'Cannot create checkout session: the proof phase does not call for this action.',
    user_message: 'This proof step is not open right now.',
  },
  PROOF_NOT_ACCEPTED: {
    message: 'Cannot deliver: purchase proof has not been accepted.',
    user_message: 'The proof of purchase must be accepted before delivery.',
  },
};

/** DHMAD's business-rule envelope. */
export function businessError(code: string) {
  const text = BUSINESS_ERRORS[code] ?? {
    message: `Refused: ${code}`,
    user_message: 'This step is not possible right now.',
  };
  return { error: { code, type: 'business_rule_violation', ...text } };
}
