import type { ActionParty } from './actionParties';
import type { CheckoutAction, Escrow } from './model';

/**
 * The three steps DHMAD takes through direct server calls, not checkout sessions
 * (dhmad-api.md §7): the seller marks a paid escrow delivered, the buyer rejects a delivery,
 * a party cancels a pending escrow. Named after the user's next step, not DHMAD's path.
 */
export const DIRECT_ACTIONS = ['deliver', 'reject_delivery', 'cancel_pending'] as const;
export type DirectAction = (typeof DIRECT_ACTIONS)[number];

/** A user's next step: one of the ten checkout actions or one of the three direct actions. */
export type EscrowAction = CheckoutAction | DirectAction;

/** Whether a value is one of the three direct actions. */
export const isDirectAction = (value: unknown): value is DirectAction =>
  (DIRECT_ACTIONS as readonly unknown[]).includes(value);

/**
 * Who may take each direct action (dhmad-api.md §4.3 and §7: "Only the seller can mark an
 * escrow as delivered", "Only the buyer can reject delivery", cancel: buyer or seller).
 */
export const DIRECT_ACTION_PARTIES: Readonly<Record<DirectAction, ActionParty>> = {
  deliver: 'seller',
  reject_delivery: 'buyer',
  cancel_pending: 'either',
};

/**
 * The last path segment of each direct action, under `/escrows/:id/`, on DHMAD (`/api/v1`) and
 * on the proxy contract alike (DESIGN.md, "The proxy contract").
 */
export const DIRECT_ACTION_PATHS: Readonly<Record<DirectAction, string>> = {
  deliver: 'deliver',
  reject_delivery: 'reject-delivery',
  cancel_pending: 'cancel',
};

/**
 * The longest `reason` the kit sends with a delivery rejection, in UTF-16 code units, after
 * trimming. Not documented by DHMAD: chosen as a generous bound for a note; DHMAD's own limit
 * is unknown, so its 400 still reaches the user when it is lower.
 */
export const MAX_REJECTION_REASON_LENGTH = 1000;

/** `POST {baseUrl}/escrows/:id/reject-delivery`'s body. */
export interface RejectDeliveryInput {
  /** Why the buyer rejects the delivery; trimmed, at most `MAX_REJECTION_REASON_LENGTH`. */
  reason?: string;
}

/** What each direct action answers (dhmad-api.md §7): DHMAD's message and the updated escrow. */
export interface DirectActionResult {
  /** DHMAD's English confirmation, e.g. "Escrow marked as delivered". */
  message: string;
  escrow: Escrow;
}

/**
 * A delivery rejection's `reason`, trimmed, or why it cannot be sent: `'not_a_string'` or
 * `'too_long'` (over `MAX_REJECTION_REASON_LENGTH`). An empty reason is no reason.
 */
export function checkRejectionReason(
  reason: unknown,
): { ok: true; reason: string | undefined } | { ok: false; issue: 'not_a_string' | 'too_long' } {
  if (reason === undefined || reason === null) return { ok: true, reason: undefined };
  if (typeof reason !== 'string') return { ok: false, issue: 'not_a_string' };
  const trimmed = reason.trim();
  if (trimmed.length > MAX_REJECTION_REASON_LENGTH) return { ok: false, issue: 'too_long' };
  return { ok: true, reason: trimmed === '' ? undefined : trimmed };
}
