/**
 * Every string @kit/ui shows, in English, in groups: each component pulls in only the groups it
 * shows, so a bundle carries the English text of the components it uses. Other locales
 * (`@kit/ui/locales/fr`, `@kit/ui/locales/ar`) have exactly the keys of `en`. `{name}` marks a
 * value filled in at render. Override any subset through `EscrowUIProvider`'s `messages`.
 */

import { announceMessages } from './announceMessages';
import { checkoutReturnMessages } from './checkoutReturnMessages';
import { errorMessages } from './errorMessages';

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
  'timeline.proofTypes': 'Proof asked for: {types}',
  'proofType.receipt': 'receipt',
  'proofType.order_confirmation': 'order confirmation',
  'proofType.product_photo': 'product photo',
  'proofType.tracking_proof': 'tracking proof',
  'proofType.other': 'another document',
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
