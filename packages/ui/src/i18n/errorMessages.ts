/** English strings of one group; see `en.ts` for how the groups make up `en`. */

/** A failed request (ActionButton): DHMAD's business codes, then one message per class of failure. */
export const errorMessages = {
  // DHMAD business codes: shown when DHMAD sends no user_message of its own.
  'code.NO_REDIRECT_URLS_CONFIGURED':
    'Checkout is not set up for this app yet. Please contact the seller or the platform.',
  'code.REDIRECT_URL_NOT_ALLOWED':
    'Checkout is not set up correctly for this app. Please contact the platform.',
  'code.REDIRECT_URL_MUST_BE_HTTPS':
    'Checkout needs a secure (https) return address. Please contact the platform.',
  'code.INSTANT_ESCROW_NO_CONTRACT':
    'This instant escrow has no contract to sign. Pay to continue.',
  'code.INSTANT_ESCROW_NO_COMPLETE_STEP': 'This instant escrow completes by itself once delivered.',
  'code.QUICK_ESCROW_NO_CONTRACT': 'This quick escrow has no contract to sign. Pay to continue.',
  'code.CONTRACT_ALREADY_SIGNED': 'This contract has already been signed.',
  'code.PAYMENT_ALREADY_DONE': 'Payment has already been completed for this transaction.',
  'code.ESCROW_ALREADY_COMPLETED': 'This escrow is already completed.',
  'code.DISPUTE_ALREADY_OPENED': 'A dispute is already open for this escrow.',
  'code.CANCELLATION_REQUEST_INVALID_STATUS':
    'A cancellation can only be requested once the escrow is paid.',
  'code.CANCELLATION_REQUEST_BUYER_ONLY':
    'Only the buyer can request a cancellation. As the seller, cancel the escrow instead.',
  'code.CANCEL_ESCROW_INVALID_STATUS': 'This escrow can only be cancelled once it is paid.',
  'code.CANCEL_ESCROW_SELLER_ONLY':
    'Only the seller can cancel the escrow. As the buyer, request a cancellation instead.',
  'code.CHECKOUT_TARGET_NOT_BUYER': 'Only the buyer can do this.',
  'code.CHECKOUT_TARGET_NOT_SELLER': 'Only the seller can do this.',
  'code.CANCELLATION_ALREADY_REQUESTED':
    'A cancellation has already been requested for this escrow.',
  'code.NO_PENDING_CANCELLATION': 'There is no cancellation request to answer.',
  'code.NOT_A_PARTY': 'Only the buyer or the seller of this escrow can do this.',
  'code.INVALID_STATUS': 'This step is not possible at this stage of the escrow.',
  'code.PROOF_NOT_REQUIRED': 'This escrow does not use proof of purchase.',
  'code.PROOF_PHASE_MISMATCH': 'This proof step is not open right now.',
  'code.PROOF_NOT_ACCEPTED': 'The buyer must accept the proof before you can deliver.',
  'code.INVALID_METADATA': 'This request could not be sent. Please contact the platform.',
  'code.INVALID_ACTION': 'This request could not be sent. Please contact the platform.',

  // Failures by class.
  'error.unauthorized': 'Your session has ended. Sign in again to continue.',
  'error.forbidden': 'You don’t have access to this escrow.',
  'error.notFound': 'This escrow could not be found.',
  'error.conflict': 'This escrow changed in the meantime. Refresh and try again.',
  'error.rateLimited': 'Too many attempts. Try again in {duration}.',
  'error.rateLimitedSoon': 'Too many attempts. Try again in a moment.',
  'error.server': 'DHMAD is having trouble right now. Try again in a few minutes.',
  'error.network': 'You seem to be offline. Check your connection and try again.',
  'error.invalidResponse': 'We received an answer we couldn’t read. Try again later.',
  'error.generic': 'Something went wrong. Try again.',
} as const;
