import type { ActionRefusalCode } from './actionRules';
import type { DirectAction } from './directActions';
import { getEscrowRole } from './escrowRole';
import { isDisputeOpen } from './isDisputeOpen';
import type { Escrow, Proof } from './model';

/** The phases that unlock delivery (seed quick-escrow-with-proof.txt). */
const DELIVERY_UNLOCKED: readonly string[] = ['accepted', 'accepted_by_timeout'];

/**
 * Why DHMAD would refuse direct action `action` by `viewerEmail`, or `undefined` when it is
 * possible (dhmad-api.md §4.3 and §7):
 * - `deliver`: the seller (`SELLER_ONLY`), a `paid` escrow (`INVALID_STATUS`), and on a quick
 *   escrow with a purchase-proof policy, proof `accepted` or `accepted_by_timeout`
 *   (`PROOF_NOT_ACCEPTED`, DHMAD's 409);
 * - `reject_delivery`: the buyer (`BUYER_ONLY`), a `delivered` escrow (`INVALID_STATUS`), no
 *   open dispute (`DISPUTE_ALREADY_OPENED`);
 * - `cancel_pending`: either party (`NOT_A_PARTY`), a `pending` escrow (`INVALID_STATUS`).
 */
export function checkDirectAction(
  escrow: Escrow,
  proof: Proof | null | undefined,
  action: DirectAction,
  viewerEmail: string | null | undefined,
): ActionRefusalCode | undefined {
  const role = getEscrowRole(escrow, viewerEmail);
  const { status } = escrow;
  switch (action) {
    case 'deliver': {
      if (role !== 'seller') return 'SELLER_ONLY';
      if (status !== 'paid') return 'INVALID_STATUS';
      const phase = proof?.phase ?? escrow.proofInfo?.phase;
      const gated =
        escrow.mode === 'quick' &&
        (escrow.fulfillmentPolicy?.type === 'purchase_proof_required' || !!phase);
      return gated && !DELIVERY_UNLOCKED.includes(phase ?? '') ? 'PROOF_NOT_ACCEPTED' : undefined;
    }
    case 'reject_delivery':
      if (role !== 'buyer') return 'BUYER_ONLY';
      if (status !== 'delivered') return 'INVALID_STATUS';
      return isDisputeOpen(escrow) ? 'DISPUTE_ALREADY_OPENED' : undefined;
    case 'cancel_pending':
      if (!role) return 'NOT_A_PARTY';
      return status === 'pending' ? undefined : 'INVALID_STATUS';
    default:
      return action satisfies never;
  }
}
