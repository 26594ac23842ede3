/**
 * `@kit/hooks/core`: DHMAD's rules and model without React — for servers (`@kit/proxy`), the
 * simulator (`@kit/mock`) and any code that must not load React or TanStack Query. The main
 * entry `@kit/hooks` re-exports all of it.
 */
export type { ActionParty } from './actionParties';
export { CHECKOUT_ACTION_PARTIES } from './actionParties';
export type { ActionAvailability, ActionRefusalCode, ActionRuleOptions } from './actionRules';
export { checkCheckoutAction, getActionAvailability } from './actionRules';
export { checkDirectAction } from './directActionRules';
export type {
  DirectAction,
  DirectActionResult,
  EscrowAction,
  RejectDeliveryInput,
} from './directActions';
export {
  checkRejectionReason,
  DIRECT_ACTION_PARTIES,
  DIRECT_ACTION_PATHS,
  DIRECT_ACTIONS,
  isDirectAction,
  MAX_REJECTION_REASON_LENGTH,
} from './directActions';
export { normalizeEmail, sameEmail } from './emails';
export { getEscrowRole } from './escrowRole';
export { expectsProof } from './expectsProof';
export { isDisputeOpen } from './isDisputeOpen';
export type { MetadataIssue } from './metadata';
export { checkMetadata, MAX_METADATA_VALUE_LENGTH } from './metadata';
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
  isCheckoutAction,
  PROOF_PHASES,
} from './model';
export type { EscrowDeadline } from './nextDeadline';
export { nextDeadline } from './nextDeadline';
export { nextStepsFor } from './nextStepsFor';
export { proofAttachments } from './proofAttachments';
export { proofSubmissions } from './proofSubmissions';
export { PROOF_TYPES, type ProofType } from './proofTypes';
export type { DhmadErrorFields } from './readDhmadErrorBody';
export { readDhmadErrorBody } from './readDhmadErrorBody';
export { checkRedirectUrl, isSecureRedirectUrl } from './redirectUrls';
