export type { ActionButtonProps } from './ActionButton';
export { ActionButton } from './ActionButton';
