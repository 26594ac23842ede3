export type { CheckoutReturnStatusProps } from './CheckoutReturnStatus';
export { CheckoutReturnStatus } from './CheckoutReturnStatus';
