import type { CheckoutAction } from '@kit/hooks';

/**
 * The party who usually performs each checkout action: whom a proxy targets when the browser
 * names nobody (seed create-checkout-session.txt: accept_pay, complete, request_cancellation
 * and review_proof are the buyer's; cancel_escrow, the cancellation answers and submit_proof
 * the seller's). `sign_contract` and `dispute` are either party's: not documented which to
 * prefer, the seller is chosen (the buyer usually signs and disputes through their own view).
 */
export const ACTION_OWNER: Record<CheckoutAction, 'buyer' | 'seller'> = {
  sign_contract: 'seller',
  accept_pay: 'buyer',
  complete: 'buyer',
  dispute: 'seller',
  request_cancellation: 'buyer',
  reject_cancellation: 'seller',
  accept_cancellation: 'seller',
  cancel_escrow: 'seller',
  submit_proof: 'seller',
  review_proof: 'buyer',
};
