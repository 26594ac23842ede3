/** Everything in `@kit/hooks/core` (DHMAD's rules and model, React-free), then the React layer. */

export type { CheckoutRecord } from './checkoutRecord';
export * from './core';
export type { EscrowClient, EscrowClientOptions, EscrowHeaders } from './createEscrowClient';
export { createEscrowClient, DEFAULT_BASE_URL } from './createEscrowClient';
export type { ServerClock } from './createServerClock';
export { createServerClock } from './createServerClock';
export type { EscrowApiErrorInit, KitErrorCode } from './EscrowApiError';
export { EscrowApiError, isBusinessRuleError, isEscrowApiError } from './EscrowApiError';
export type { EscrowKitConfig, EscrowKitProviderProps } from './EscrowKitProvider';
export {
  DEFAULT_CHECKOUT_ORIGINS,
  EscrowKitProvider,
  useEscrowKitConfig,
} from './EscrowKitProvider';
export { escrowKeys } from './escrowKeys';
export type { EscrowQueryConfig } from './escrowQueries';
export {
  DEFAULT_POLL_INTERVAL,
  DEFAULT_VIEW_URL_TTL,
  escrowQueries,
  TERMINAL_PHASES,
  TERMINAL_STATUSES,
} from './escrowQueries';
export type { UseActionAvailabilityResult } from './useActionAvailability';
export { useActionAvailability } from './useActionAvailability';
export { CHECKOUT_RECHECK_DELAYS } from './useCheckoutEffect';
export type {
  CheckoutOutcome,
  CheckoutReturn,
  UseCheckoutReturnOptions,
} from './useCheckoutReturn';
export { useCheckoutReturn } from './useCheckoutReturn';
export type { UseCreateCheckoutSessionResult } from './useCreateCheckoutSession';
export { useCreateCheckoutSession } from './useCreateCheckoutSession';
export type { DirectActionInput, UseDirectActionResult } from './useDirectAction';
export { useDirectAction } from './useDirectAction';
export { useEscrow } from './useEscrow';
export type { UseEscrowProofOptions, UseEscrowProofResult } from './useEscrowProof';
export { useEscrowProof } from './useEscrowProof';
export type { UseEscrowWithProofResult } from './useEscrowWithProof';
export { useEscrowWithProof } from './useEscrowWithProof';
export { useServerClock } from './useServerClock';
