export type { ActionAvailability, ActionRefusalCode, ActionRuleOptions } from './actionRules';
export { checkCheckoutAction, getActionAvailability, getEscrowRole } from './actionRules';
export type { CheckoutRecord } from './checkoutRecord';
export type { EscrowClient, EscrowClientOptions, EscrowHeaders } from './createEscrowClient';
export { createEscrowClient, DEFAULT_BASE_URL } from './createEscrowClient';
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
export { expectsProof } from './expectsProof';
export { isDisputeOpen } from './isDisputeOpen';
export type {
  BusinessErrorCode,
  CancellationRequest,
  CheckoutAction,
  CheckoutSession,
  CheckoutSessionCreated,
  CheckoutSessionStatus,
  CreateCheckoutSessionInput,
  DeliveryRejection,
  DisputeTicket,
  Escrow,
  EscrowMode,
  EscrowParty,
  EscrowSignatures,
  EscrowStatus,
  FulfillmentPolicy,
  Proof,
  ProofAttachment,
  ProofInfo,
  ProofPhase,
  ProofSubmission,
  SuggestedCheckoutAction,
} from './model';
export {
  BUSINESS_ERROR_CODES,
  CHECKOUT_ACTIONS,
  ESCROW_MODES,
  ESCROW_STATUSES,
  PROOF_PHASES,
} from './model';
export type { EscrowDeadline } from './nextDeadline';
export { nextDeadline } from './nextDeadline';
export { nextStepsFor } from './nextStepsFor';
export { proofAttachments } from './proofAttachments';
export { proofSubmissions } from './proofSubmissions';
export type { UseActionAvailabilityResult } from './useActionAvailability';
export { useActionAvailability } from './useActionAvailability';
export type {
  CheckoutOutcome,
  CheckoutReturn,
  UseCheckoutReturnOptions,
} from './useCheckoutReturn';
export { useCheckoutReturn } from './useCheckoutReturn';
export type { UseCreateCheckoutSessionResult } from './useCreateCheckoutSession';
export { useCreateCheckoutSession } from './useCreateCheckoutSession';
export { useEscrow } from './useEscrow';
export type { UseEscrowProofOptions, UseEscrowProofResult } from './useEscrowProof';
export { useEscrowProof } from './useEscrowProof';
export type { UseEscrowWithProofResult } from './useEscrowWithProof';
export { useEscrowWithProof } from './useEscrowWithProof';
