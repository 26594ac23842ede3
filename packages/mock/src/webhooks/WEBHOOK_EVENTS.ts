/**
 * Every webhook event DHMAD documents: the ten of its Webhooks API (docs.dhmad.tn/api-reference/webhooks)
 * and the seven proof events of seed quick-escrow-with-proof.txt. The simulator emits those its
 * escrows can cause (`escrow.status.updated`, `contract.signed`, the three
 * `escrow.cancellation.*`, `escrow.delivery.rejected` and the seven `escrow.proof.*`); the
 * others (`escrow.updated`, `escrow.deposit_proof.rejected`, `identity.verification.*`) may be
 * subscribed to but never fire.
 */
export const WEBHOOK_EVENTS = [
  'escrow.status.updated',
  'contract.signed',
  'escrow.cancellation.requested',
  'escrow.cancellation.rejected',
  'escrow.cancellation.accepted',
  'escrow.updated',
  'escrow.deposit_proof.rejected',
  'escrow.delivery.rejected',
  'identity.verification.updated',
  'identity.verification.linked',
  'escrow.proof.required',
  'escrow.proof.submitted',
  'escrow.proof.correction_requested',
  'escrow.proof.accepted',
  'escrow.proof.accepted_by_timeout',
  'escrow.proof.needs_review',
  'escrow.proof.expired',
] as const;

/** A webhook event name DHMAD documents. */
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
