import type { CheckoutAction } from './model';

/** Who a checkout action is for: the escrow's `buyer`, its `seller`, or `either` party. */
export type ActionParty = 'buyer' | 'seller' | 'either';

/**
 * The party each checkout session must target (seed create-checkout-session.txt: action list and
 * "Targeting the wrong party" codes; seed quick-escrow-with-proof.txt for the proof actions).
 * `sign_contract` and `dispute` are open to both parties.
 */
export const CHECKOUT_ACTION_PARTIES: Readonly<Record<CheckoutAction, ActionParty>> = {
  sign_contract: 'either',
  accept_pay: 'buyer',
  complete: 'buyer',
  dispute: 'either',
  request_cancellation: 'buyer',
  reject_cancellation: 'seller',
  accept_cancellation: 'seller',
  cancel_escrow: 'seller',
  submit_proof: 'seller',
  review_proof: 'buyer',
};
