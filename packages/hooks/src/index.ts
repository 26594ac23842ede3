export type { ActionAvailability, ActionRefusalCode, ActionRuleOptions } from './actionRules';
export { checkCheckoutAction, getActionAvailability, getEscrowRole } from './actionRules';
export type { EscrowClient, EscrowClientOptions, EscrowHeaders } from './createEscrowClient';
export { createEscrowClient, DEFAULT_BASE_URL } from './createEscrowClient';
export type { EscrowApiErrorInit, KitErrorCode } from './EscrowApiError';
export { EscrowApiError, isBusinessRuleError, isEscrowApiError } from './EscrowApiError';
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
