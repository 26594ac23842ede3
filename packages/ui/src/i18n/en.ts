/**
 * Every string @kit/ui shows, in English, in groups: each component pulls in only the groups it
 * shows, so a bundle carries the English text of the components it uses. Other locales
 * (`@kit/ui/locales/fr`, `@kit/ui/locales/ar`) have exactly the keys of `en`. `{name}` marks a
 * value filled in at render. Override any subset through `EscrowUIProvider`'s `messages`.
 */

import { announceMessages } from './announceMessages';
import { checkoutReturnMessages } from './checkoutReturnMessages';

/** A status the kit does not know (EscrowStatusBadge, ProofTimeline). */
export const unknownStatusMessages = {
  'status.unknown': 'Unknown status',
} as const;

/** Escrow statuses and proof phases (EscrowStatusBadge, with `unknownStatusMessages`). */
export const statusMessages = {
  'status.pending': 'Pending',
  'status.paid': 'Paid',
  'status.delivered': 'Delivered',
  'status.completed': 'Completed',
  'status.cancelled': 'Cancelled',
  'status.disputed': 'Disputed',

  // Proof phases.
  'phase.waiting_seller_proof': 'Waiting for proof',
  'phase.submitted_waiting_buyer_review': 'Proof in review',
  'phase.correction_requested': 'Correction requested',
  'phase.accepted': 'Proof accepted',
  'phase.accepted_by_timeout': 'Proof accepted automatically',
  'phase.needs_review': 'Under review by DHMAD',
  'phase.expired': 'Proof not sent in time',
  'phase.unknown': 'Proof status unknown',
} as const;

/**
 * Checkout and direct actions (ActionButton default labels), the confirmation step before
 * irreversible actions, a delivery rejection's reason, what a direct action announces once
 * done, and the checkout links ActionButton refuses to open.
 */
export const actionMessages = {
  'action.sign_contract': 'Sign the contract',
  'action.accept_pay': 'Accept and pay',
  'action.complete': 'Confirm receipt',
  'action.dispute': 'Open a dispute',
  'action.request_cancellation': 'Request cancellation',
  'action.reject_cancellation': 'Refuse cancellation',
  'action.accept_cancellation': 'Accept cancellation',
  'action.cancel_escrow': 'Cancel and refund',
  'action.submit_proof': 'Upload proof',
  'action.review_proof': 'Review proof',
  'action.deliver': 'Mark as delivered',
  'action.reject_delivery': 'Reject delivery',
  'action.cancel_pending': 'Cancel escrow',
  'action.busy': 'Opening secure checkout…',
  'action.sending': 'Sending…',
  // Confirmation step before irreversible actions.
  'confirm.cancel_escrow.title': 'Cancel this escrow?',
  'confirm.cancel_escrow.body':
    'The escrow is cancelled at once and the buyer is refunded. This cannot be undone.',
  'confirm.accept_cancellation.title': 'Accept the cancellation?',
  'confirm.accept_cancellation.body':
    'The escrow is cancelled and the buyer is refunded. This cannot be undone.',
  'confirm.dispute.title': 'Open a dispute?',
  'confirm.dispute.body':
    'DHMAD will step in and review this escrow. Funds stay held until the dispute is settled.',
  'confirm.deliver.title': 'Mark as delivered?',
  'confirm.deliver.body': 'Do this only once the buyer has the item. They will be notified.',
  'confirm.reject_delivery.title': 'Reject the delivery?',
  'confirm.reject_delivery.body': 'Your payment stays held and the seller can deliver again.',
  'confirm.cancel_pending.title': 'Cancel this escrow?',
  'confirm.cancel_pending.body': 'Nothing has been paid yet. This cannot be undone.',
  'confirm.generic.title': 'Continue to DHMAD?',
  'confirm.generic.body': 'You will finish this step on DHMAD’s secure page.',
  'confirm.continue': 'Continue',
  'confirm.back': 'Go back',
  // A delivery rejection's optional reason, and its character count.
  'reject.reason': 'Reason (optional)',
  'reject.count': '{count} / {max}',
  // A direct action, once done.
  'done.deliver': 'Marked as delivered.',
  'done.reject_delivery': 'Delivery rejected.',
  'done.cancel_pending': 'Escrow cancelled.',
  // Checkout links that are not opened.
  'error.untrustedCheckout': 'The checkout link did not come from DHMAD, so it was not opened.',
  'error.expiredCheckout': 'The checkout link expired before it could be opened. Try again.',
} as const;

/** A failed request (ActionButton): DHMAD's business codes, then one message per class of failure. */
export const errorMessages = {
  // DHMAD business codes: shown when DHMAD sends no user_message of its own.
  'code.NO_REDIRECT_URLS_CONFIGURED':
    'Checkout is not set up for this app yet. Please contact the seller or the platform.',
  'code.REDIRECT_URL_NOT_ALLOWED':
    'Checkout is not set up correctly for this app. Please contact the platform.',
  'code.REDIRECT_URL_MUST_BE_HTTPS':
    'Checkout needs a secure (https) return address. Please contact the platform.',
  'code.INSTANT_ESCROW_NO_CONTRACT':
    'This instant escrow has no contract to sign. Pay to continue.',
  'code.INSTANT_ESCROW_NO_COMPLETE_STEP': 'This instant escrow completes by itself once delivered.',
  'code.QUICK_ESCROW_NO_CONTRACT': 'This quick escrow has no contract to sign. Pay to continue.',
  'code.CONTRACT_ALREADY_SIGNED': 'This contract has already been signed.',
  'code.PAYMENT_ALREADY_DONE': 'Payment has already been completed for this transaction.',
  'code.ESCROW_ALREADY_COMPLETED': 'This escrow is already completed.',
  'code.DISPUTE_ALREADY_OPENED': 'A dispute is already open for this escrow.',
  'code.CANCELLATION_REQUEST_INVALID_STATUS':
    'A cancellation can only be requested once the escrow is paid.',
  'code.CANCELLATION_REQUEST_BUYER_ONLY':
    'Only the buyer can request a cancellation. As the seller, cancel the escrow instead.',
  'code.CANCEL_ESCROW_INVALID_STATUS': 'This escrow can only be cancelled once it is paid.',
  'code.CANCEL_ESCROW_SELLER_ONLY':
    'Only the seller can cancel the escrow. As the buyer, request a cancellation instead.',
  'code.CHECKOUT_TARGET_NOT_BUYER': 'Only the buyer can do this.',
  'code.CHECKOUT_TARGET_NOT_SELLER': 'Only the seller can do this.',
  'code.CANCELLATION_ALREADY_REQUESTED':
    'A cancellation has already been requested for this escrow.',
  'code.NO_PENDING_CANCELLATION': 'There is no cancellation request to answer.',
  'code.NOT_A_PARTY': 'Only the buyer or the seller of this escrow can do this.',
  'code.INVALID_STATUS': 'This step is not possible at this stage of the escrow.',
  'code.PROOF_NOT_REQUIRED': 'This escrow does not use proof of purchase.',
  'code.PROOF_PHASE_MISMATCH': 'This proof step is not open right now.',
  'code.PROOF_NOT_ACCEPTED': 'The buyer must accept the proof before you can deliver.',
  'code.INVALID_METADATA': 'This request could not be sent. Please contact the platform.',
  'code.INVALID_ACTION': 'This request could not be sent. Please contact the platform.',

  // Failures by class.
  'error.unauthorized': 'Your session has ended. Sign in again to continue.',
  'error.forbidden': 'You don’t have access to this escrow.',
  'error.notFound': 'This escrow could not be found.',
  'error.conflict': 'This escrow changed in the meantime. Refresh and try again.',
  'error.rateLimited': 'Too many attempts. Try again in {duration}.',
  'error.rateLimitedSoon': 'Too many attempts. Try again in a moment.',
  'error.server': 'DHMAD is having trouble right now. Try again in a few minutes.',
  'error.network': 'You seem to be offline. Check your connection and try again.',
  'error.invalidResponse': 'We received an answer we couldn’t read. Try again later.',
  'error.generic': 'Something went wrong. Try again.',
} as const;

/** Durations shorter than the smallest unit (every duration shown). */
export const durationMessages = {
  'deadline.lessThanAMinute': 'less than a minute',
} as const;

/** Deadlines (DeadlineCountdown). */
export const deadlineMessages = {
  'deadline.dueIn': 'due in {duration}',
  'deadline.overdueBy': 'overdue by {duration}',
} as const;

/** Loading an escrow, and failing to (ProofTimeline, AttachmentGallery, ProofPanel). */
export const loadMessages = {
  'error.loadEscrow': 'We couldn’t load this escrow.',
  'error.retry': 'Try again',
  'panel.loading': 'Loading escrow…',
} as const;

/** ProofTimeline. */
export const timelineMessages = {
  'timeline.label': 'Escrow progress',
  'timeline.funded': 'Buyer paid',
  'timeline.contractSigned': 'Buyer and seller sign the contract',
  'timeline.proofUploaded': 'Seller uploads proof',
  'timeline.buyerReview': 'Buyer reviews proof',
  'timeline.accepted': 'Proof accepted',
  'timeline.acceptedByTimeout': 'Accepted automatically (review time ran out)',
  'timeline.correctionRequested': 'Correction requested (round {round})',
  'timeline.needsReview': 'Escalated to DHMAD for review',
  'timeline.expired': 'No proof in time: escrow cancelled and buyer refunded',
  'timeline.delivered': 'Seller delivers',
  'timeline.completed': 'Buyer confirms receipt',
  'timeline.cancelled': 'Escrow cancelled',
  'timeline.unknownPhase': 'Proof status unknown ({phase})',
  'timeline.yourTurn': 'Your turn',
  'timeline.waitingBuyer': 'Waiting for the buyer',
  'timeline.waitingSeller': 'Waiting for the seller',
  'timeline.waitingDhmad': 'Waiting for DHMAD',
  'timeline.waitingParties': 'Waiting for the buyer and the seller',
  'timeline.deadline': 'Deadline',
  'timeline.rounds': 'Correction rounds: {count}',
  'timeline.history': 'Submission history',
  'timeline.submission': 'Submission {number}',
  'timeline.submittedAt': 'Sent {date}',
  'timeline.note': 'Note',
  'timeline.files': 'Files: {count}',
  'timeline.done': 'Done',
  'timeline.current': 'Current step',
  'timeline.upcoming': 'Not yet',
} as const;

/** AttachmentGallery. */
export const galleryMessages = {
  'gallery.label': 'Proof files',
  'gallery.empty': 'No files yet.',
  'gallery.openImage': 'Open image {number} of {total}',
  'gallery.openFile': 'Open file {number} of {total} ({type})',
  'gallery.close': 'Close',
  'gallery.previous': 'Previous file',
  'gallery.next': 'Next file',
  'gallery.position': '{number} of {total}',
  'gallery.expired': 'Link expired',
  'gallery.retry': 'Retry',
  'gallery.retryImage': 'Retry image {number} of {total}',
  'gallery.loading': 'Loading files…',
  'gallery.loadError': 'We couldn’t load the proof files.',
  'gallery.unsafe': 'File hidden: unsafe link',
  'gallery.file': 'File',
  'gallery.pdf': 'PDF document',
} as const;

/** CheckoutActions. */
export const checkoutActionsMessages = {
  'panel.nextSteps': 'Next steps',
  'panel.noActions': 'Nothing for you to do right now.',
} as const;

/** ProofPanel. */
export const panelMessages = {
  'panel.proof': 'Proof of purchase',
  'panel.amount': 'Amount',
} as const;

/** Every string @kit/ui shows, in English: the groups above and in their own files, together. */
export const en: typeof unknownStatusMessages &
  typeof statusMessages &
  typeof actionMessages &
  typeof errorMessages &
  typeof durationMessages &
  typeof deadlineMessages &
  typeof loadMessages &
  typeof timelineMessages &
  typeof galleryMessages &
  typeof checkoutActionsMessages &
  typeof panelMessages &
  typeof announceMessages &
  typeof checkoutReturnMessages = /* @__PURE__ */ Object.assign(
  {},
  unknownStatusMessages,
  statusMessages,
  actionMessages,
  errorMessages,
  durationMessages,
  deadlineMessages,
  loadMessages,
  timelineMessages,
  galleryMessages,
  checkoutActionsMessages,
  panelMessages,
  announceMessages,
  checkoutReturnMessages,
);

export type MessageKey = keyof typeof en;
/** A complete set of messages. */
export type Messages = Record<MessageKey, string>;
