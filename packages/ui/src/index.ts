export type { DeadlineCountdownProps } from './DeadlineCountdown';
export { DeadlineCountdown } from './DeadlineCountdown';
export type { EscrowStatusBadgeProps } from './EscrowStatusBadge';
export { EscrowStatusBadge } from './EscrowStatusBadge';
export type { EscrowUIProviderProps, KitI18n } from './i18n/EscrowUIProvider';
export { EscrowUIProvider, useKitI18n } from './i18n/EscrowUIProvider';
export type { MessageKey, Messages } from './i18n/en';
export { en } from './i18n/en';
