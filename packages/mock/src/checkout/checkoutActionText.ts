import type { CheckoutAction } from '@kit/hooks/core';

/** How a hosted checkout page names its action. */
export interface CheckoutActionText {
  /** The page's `<h1>`. */
  heading: string;
  /** The action in words, in the session summary. */
  description: string;
  /** The submit button's label (`accept_pay` puts the amount in it). */
  button: string;
}

const TEXT: Record<CheckoutAction, CheckoutActionText> = {
  accept_pay: {
    heading: 'Accept and pay',
    description: 'Accept the escrow and pay its amount into escrow',
    button: 'Pay',
  },
  sign_contract: {
    heading: 'Sign the contract',
    description: 'Sign the escrow’s contract',
    button: 'Sign the contract',
  },
  submit_proof: {
    heading: 'Upload proof of purchase',
    description: 'Upload proof of purchase for the buyer to review',
    button: 'Submit the proof',
  },
  review_proof: {
    heading: 'Review the seller’s proof',
    description: 'Accept the seller’s proof of purchase, or ask for a correction',
    button: 'Accept the proof',
  },
  complete: {
    heading: 'Confirm receipt',
    description: 'Confirm you received the order and release the funds to the seller',
    button: 'Confirm receipt',
  },
  dispute: {
    heading: 'Open a dispute',
    description: 'Open a dispute: DHMAD support looks into the escrow',
    button: 'Open the dispute',
  },
  request_cancellation: {
    heading: 'Request cancellation',
    description: 'Ask the seller to cancel the escrow and refund you',
    button: 'Request cancellation',
  },
  accept_cancellation: {
    heading: 'Accept the cancellation',
    description: 'Accept the buyer’s cancellation request: the escrow is cancelled and refunded',
    button: 'Accept the cancellation',
  },
  reject_cancellation: {
    heading: 'Reject the cancellation',
    description: 'Refuse the buyer’s cancellation request: the escrow goes on',
    button: 'Reject the cancellation',
  },
  cancel_escrow: {
    heading: 'Cancel the escrow',
    description: 'Cancel the escrow now and refund the buyer',
    button: 'Cancel the escrow and refund',
  },
};

/** What an action DHMAD may add later (the list is open) is called: a generic confirmation. */
const UNKNOWN: CheckoutActionText = {
  heading: 'Confirm',
  description: 'Confirm this action on the escrow',
  button: 'Confirm',
};

/** The words of a hosted checkout page for `action`; a generic "Confirm" for an unknown one. */
export const checkoutActionText = (action: string): CheckoutActionText =>
  Object.hasOwn(TEXT, action) ? TEXT[action as CheckoutAction] : UNKNOWN;
