export type { EscrowStatusBadgeProps } from './EscrowStatusBadge';
export { EscrowStatusBadge } from './EscrowStatusBadge';
