export type { DeadlineCountdownProps } from './DeadlineCountdown';
export { DeadlineCountdown } from './DeadlineCountdown';
