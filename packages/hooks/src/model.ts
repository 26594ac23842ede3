/**
 * DHMAD's escrow model as the kit reads it. Field names and values are DHMAD's own.
 * Enumerations are open: a value the kit does not know still parses (typed as `string`),
 * and the UI renders it as "unknown". Fields DHMAD does not always send are optional.
 */

/** `(string & {})` keeps editor completion for known values while accepting any string. */
type Open<T extends string> = T | (string & {});

/** Documented escrow statuses. A dispute does not change the status (see `disputeTicket`). */
export const ESCROW_STATUSES = ['pending', 'paid', 'delivered', 'completed', 'cancelled'] as const;
export type EscrowStatus = Open<(typeof ESCROW_STATUSES)[number]>;

export const ESCROW_MODES = ['standard', 'quick', 'instant'] as const;
/** `standard` (contract), `quick` (no contract, optional proof gate) or `instant` (auto-completes on delivery). */
export type EscrowMode = Open<(typeof ESCROW_MODES)[number]>;

/** The ten actions a checkout session can carry a user to DHMAD for. Closed: DHMAD rejects others. */
export const CHECKOUT_ACTIONS = [
  'sign_contract',
  'accept_pay',
  'complete',
  'dispute',
  'request_cancellation',
  'reject_cancellation',
  'accept_cancellation',
  'cancel_escrow',
  'submit_proof',
  'review_proof',
] as const;
export type CheckoutAction = (typeof CHECKOUT_ACTIONS)[number];

/** Whether a value is one of the ten checkout actions DHMAD accepts (seed create-checkout-session.txt). */
export const isCheckoutAction = (value: unknown): value is CheckoutAction =>
  (CHECKOUT_ACTIONS as readonly unknown[]).includes(value);

/** Quick Escrow with Proof phases, in lifecycle order. */
export const PROOF_PHASES = [
  'waiting_seller_proof',
  'submitted_waiting_buyer_review',
  'correction_requested',
  'accepted',
  'accepted_by_timeout',
  'needs_review',
  'expired',
] as const;
export type ProofPhase = Open<(typeof PROOF_PHASES)[number]>;

/** The 18 business-rule codes of `POST /escrows/:id/sessions`, as DHMAD's table lists them. */
export const BUSINESS_ERROR_CODES = [
  'NO_REDIRECT_URLS_CONFIGURED',
  'REDIRECT_URL_NOT_ALLOWED',
  'REDIRECT_URL_MUST_BE_HTTPS',
  'INSTANT_ESCROW_NO_CONTRACT',
  'INSTANT_ESCROW_NO_COMPLETE_STEP',
  'QUICK_ESCROW_NO_CONTRACT',
  'CONTRACT_ALREADY_SIGNED',
  'PAYMENT_ALREADY_DONE',
  'ESCROW_ALREADY_COMPLETED',
  'DISPUTE_ALREADY_OPENED',
  'CANCELLATION_REQUEST_INVALID_STATUS',
  'CANCELLATION_REQUEST_BUYER_ONLY',
  'CANCEL_ESCROW_INVALID_STATUS',
  'CANCEL_ESCROW_SELLER_ONLY',
  'CHECKOUT_TARGET_NOT_BUYER',
  'CHECKOUT_TARGET_NOT_SELLER',
  'CANCELLATION_ALREADY_REQUESTED',
  'NO_PENDING_CANCELLATION',
] as const;
export type BusinessErrorCode = Open<(typeof BUSINESS_ERROR_CODES)[number]>;

/** A buyer or seller: a populated user, a user id, or `null` until an invited user joins. */
export interface EscrowParty {
  _id?: string;
  id?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
}

/** Contract signatures (standard mode). `null`/absent while no contract exists. */
export interface EscrowSignatures {
  sellerSigned?: boolean;
  sellerSignedAt?: string | null;
  buyerSigned?: boolean;
  buyerSignedAt?: string | null;
  isFullySigned?: boolean;
  signedAt?: string | null;
}

/** The support ticket behind an open dispute. Only `"open"` is a documented status. */
export interface DisputeTicket {
  ticketNumber?: string;
  type?: string;
  subject?: string;
  status?: Open<'open'>;
  createdAt?: string | null;
  previewReason?: string;
}

/** Sanitised proof state on the escrow (no file URLs). Only `phase` is documented. */
export interface ProofInfo {
  phase?: ProofPhase;
  uploadDeadline?: string | null;
  reviewDeadline?: string | null;
  correctionRounds?: number;
}

/** Quick Escrow with Proof settings, as given when the escrow was created. */
export interface FulfillmentPolicy {
  /** `purchase_proof_required` turns the proof gate on. */
  type: Open<'purchase_proof_required'>;
  proofUploadDeadlineHours?: number;
  buyerReviewDeadlineHours?: number;
  /** UI hints only: `receipt`, `order_confirmation`, `product_photo`, `tracking_proof`, `other`. */
  allowedProofTypes?: string[];
}

/**
 * A buyer's request to cancel a paid or delivered escrow. DHMAD documents the flow but not
 * the field; the kit reads it when a backend (or `@kit/mock`) provides it.
 */
export interface CancellationRequest {
  status?: Open<'pending' | 'accepted' | 'rejected'>;
  requestedAt?: string | null;
  reason?: string | null;
}

export interface DeliveryRejection {
  rejectedAt?: string | null;
  reason?: string | null;
  previousDeliveredAt?: string | null;
}

/** An escrow, as `GET /escrows/:id` returns it. */
export interface Escrow {
  /** DHMAD's id (also sent as `_id`, which is kept). */
  id: string;
  _id?: string;
  title?: string;
  description?: string | null;
  /** Face amount in `currency`. */
  amount?: number;
  /** ISO 4217 code: `TND` (default), `USD` or `EUR`. */
  currency?: string;
  amountTnd?: number;
  escrowFee?: number;
  developerFee?: number;
  status: EscrowStatus;
  /** Absent in some responses; DHMAD's default is `standard`. */
  mode?: EscrowMode;
  seller?: EscrowParty | string | null;
  buyer?: EscrowParty | string | null;
  sellerEmail?: string | null;
  buyerEmail?: string | null;
  estimatedDeliveryDays?: number;
  expiresAt?: string | null;
  paidAt?: string | null;
  deliveredAt?: string | null;
  completedAt?: string | null;
  cancelledAt?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  completionDeadline?: string | null;
  disputeTicketId?: string | null;
  disputeTicket?: DisputeTicket | null;
  signatures?: EscrowSignatures | null;
  proofInfo?: ProofInfo | null;
  fulfillmentPolicy?: FulfillmentPolicy | null;
  cancellationRequest?: CancellationRequest | null;
  deliveryRejections?: DeliveryRejection[];
  createdViaThirdParty?: boolean;
  createdByApplicationName?: string;
}

/** One proof file. `viewUrl` is time-limited: re-fetch the proof rather than cache it. */
export interface ProofAttachment {
  mimeType?: string;
  viewUrl: string;
}

export interface ProofSubmission {
  submittedAt?: string | null;
  note?: string | null;
  attachments: ProofAttachment[];
}

/** A checkout session DHMAD suggests creating next (`action` + `targetUserEmail`). */
export interface SuggestedCheckoutAction {
  action: Open<CheckoutAction>;
  targetUserEmail?: string;
  description?: string;
}

/** The proof of a Quick Escrow with Proof, as `GET /escrows/:id/proof` returns it. */
export interface Proof {
  phase: ProofPhase;
  correctionRounds?: number;
  uploadDeadline?: string | null;
  reviewDeadline?: string | null;
  submissionCount?: number;
  /** Oldest first. Empty until the seller submits. */
  submissions: ProofSubmission[];
  latestSubmission: ProofSubmission | null;
  /** What to do next; empty when nothing is pending. */
  checkoutActions: SuggestedCheckoutAction[];
}

/** What `POST /escrows/:id/sessions` answers: where to send the user, and until when. */
export interface CheckoutSessionCreated {
  sessionId: string;
  url: string;
  expiresAt: string;
}

/** Only `completed` is documented; other values are read as "not completed". */
export type CheckoutSessionStatus = Open<'completed'>;

/** A checkout session, as `GET /sessions/:id` returns it. */
export interface CheckoutSession {
  sessionId: string;
  escrowId?: string;
  action?: Open<CheckoutAction>;
  targetUserEmail?: string;
  status?: CheckoutSessionStatus;
  metadata?: Record<string, string>;
  expiresAt?: string | null;
  completedAt?: string | null;
  createdAt?: string | null;
}

/** The body the browser sends to `POST {baseUrl}/escrows/:id/sessions`. */
export interface CreateCheckoutSessionInput {
  action: CheckoutAction;
  /** Omit to let the proxy use the signed-in user's email. */
  targetUserEmail?: string;
  /** Omit to use the provider's `redirectUrl`, or the proxy's configured callback. */
  redirectUrl?: string;
  /** String values only, each at most 500 characters. */
  metadata?: Record<string, string>;
}
