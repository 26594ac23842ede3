export type { CheckoutActionsProps } from './CheckoutActions';
export { CheckoutActions } from './CheckoutActions';
