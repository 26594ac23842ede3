/** English strings of one group; see `en.ts` for how the groups make up `en`. */

/** CheckoutReturnStatus: the page DHMAD's checkout sends the user back to. */
export const checkoutReturnMessages = {
  'return.verifying': 'Checking with DHMAD…',
  'return.processing': 'Confirming with DHMAD…',
  'return.processing.accept_pay': 'Confirming your payment…',
  'return.processing.submit_proof': 'Confirming your proof…',
  'return.processing.review_proof': 'Confirming your review…',
  'return.processing.sign_contract': 'Confirming your signature…',
  'return.processing.complete': 'Confirming receipt…',
  'return.completed': 'Confirmed by DHMAD.',
  'return.completed.sign_contract': 'Contract signed.',
  'return.completed.accept_pay': 'Payment confirmed.',
  'return.completed.complete': 'Receipt confirmed.',
  'return.completed.dispute': 'Dispute opened.',
  'return.completed.request_cancellation': 'Cancellation requested.',
  'return.completed.reject_cancellation': 'Cancellation refused.',
  'return.completed.accept_cancellation': 'Cancellation accepted.',
  'return.completed.cancel_escrow': 'Escrow cancelled. The buyer is refunded.',
  'return.completed.submit_proof': 'Proof sent.',
  'return.completed.review_proof': 'Review sent.',
  'return.abandoned': 'You left the checkout before finishing. Nothing was changed.',
  'return.unknown': 'We could not confirm the checkout yet.',
  'return.recheck': 'Check again',
} as const;
