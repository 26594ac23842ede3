import type { Escrow, Proof } from './model';

/** The escrow's next deadline, named after the DHMAD field it comes from. */
export interface EscrowDeadline {
  /**
   * - `uploadDeadline`: the seller's time to upload proof (or a corrected proof);
   * - `reviewDeadline`: the buyer's time to review it (after it, DHMAD accepts the proof);
   * - `completionDeadline`: set when the seller delivers (deliver-escrow page).
   */
  field: 'uploadDeadline' | 'reviewDeadline' | 'completionDeadline';
  /** The deadline as DHMAD sent it (ISO 8601). */
  deadline: string;
}

const deadline = (field: EscrowDeadline['field'], value: string | null | undefined) =>
  value ? { field, deadline: value } : undefined;

/**
 * The deadline that runs now, from the escrow and (for Quick Escrow with Proof) its proof:
 * - while the escrow is `paid` and the proof phase waits on the seller (`waiting_seller_proof`,
 *   `correction_requested`): `uploadDeadline`; while it waits on the buyer
 *   (`submitted_waiting_buyer_review`): `reviewDeadline` (Quick Escrow with Proof guide; the
 *   proof's own values first, else those of the escrow's `proofInfo`, which DHMAD says carries
 *   the deadlines too). A corrected proof is due by `uploadDeadline` too: not documented,
 *   chosen because that is the seller's upload window and DHMAD names no other;
 * - while the escrow is `delivered`: `completionDeadline` (deliver-escrow page: set on
 *   delivery, cleared when the buyer rejects the delivery);
 * - otherwise none: `expiresAt` is not used because DHMAD does not document what it means, and
 *   a status the kit does not know has no deadline it could vouch for.
 * With a proof and no escrow, the proof's phase alone decides.
 */
export function nextDeadline(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
): EscrowDeadline | undefined {
  if (escrow?.status === 'delivered')
    return deadline('completionDeadline', escrow.completionDeadline);
  if (escrow && escrow.status !== 'paid') return undefined;
  const info = escrow?.proofInfo ?? undefined;
  switch (proof?.phase ?? info?.phase) {
    case 'waiting_seller_proof':
    case 'correction_requested':
      return deadline('uploadDeadline', proof?.uploadDeadline ?? info?.uploadDeadline);
    case 'submitted_waiting_buyer_review':
      return deadline('reviewDeadline', proof?.reviewDeadline ?? info?.reviewDeadline);
    default:
      return undefined;
  }
}
