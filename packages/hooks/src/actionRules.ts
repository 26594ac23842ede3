import { CHECKOUT_ACTION_PARTIES } from './actionParties';
import { checkDirectAction } from './directActionRules';
import { DIRECT_ACTIONS, type EscrowAction, isDirectAction } from './directActions';
import { getEscrowRole } from './escrowRole';
import { isDisputeOpen } from './isDisputeOpen';
import type {
  BusinessErrorCode,
  CheckoutAction,
  Escrow,
  Proof,
  SuggestedCheckoutAction,
} from './model';
import { CHECKOUT_ACTIONS } from './model';
import { checkRedirectUrl } from './redirectUrls';

/**
 * Why an action is refused: DHMAD's own business code where its table names one, otherwise a
 * kit code for refusals DHMAD answers with an undocumented 400:
 * - `NOT_A_PARTY`: the target is neither the buyer nor the seller;
 * - `INVALID_STATUS`: the escrow's status does not allow the action;
 * - `PROOF_NOT_REQUIRED`: a proof action on an escrow without a purchase-proof policy;
 * - `PROOF_PHASE_MISMATCH`: a proof action the current proof phase does not call for;
 * - `SELLER_ONLY` / `BUYER_ONLY`: a direct action by the wrong party (DHMAD's 403);
 * - `PROOF_NOT_ACCEPTED`: delivering before the buyer accepted the proof (DHMAD's 409 code).
 */
export type ActionRefusalCode =
  | BusinessErrorCode
  | 'NOT_A_PARTY'
  | 'INVALID_STATUS'
  | 'PROOF_NOT_REQUIRED'
  | 'PROOF_PHASE_MISMATCH'
  | 'SELLER_ONLY'
  | 'BUYER_ONLY'
  | 'PROOF_NOT_ACCEPTED';

export interface ActionAvailability {
  action: EscrowAction;
  allowed: boolean;
  /** Set when `allowed` is false: why DHMAD would refuse the session or the direct call. */
  code?: ActionRefusalCode;
}

export interface ActionRuleOptions {
  /** The redirect URL the session would use; checked for HTTPS and against `allowedRedirectUrls`. */
  redirectUrl?: string;
  /** The allowed redirect URLs of the developer dashboard, when known (the simulator knows them). */
  allowedRedirectUrls?: readonly string[];
}

const suggests = (proof: Proof | null | undefined, ...actions: string[]) =>
  (proof?.checkoutActions ?? []).some((s: SuggestedCheckoutAction) => actions.includes(s.action));

/**
 * The code DHMAD would refuse a checkout session with, or `undefined` when the session is
 * possible, following the rules of DHMAD's create-session page (mode, party, status, already
 * done) and the proof phases of Quick Escrow with Proof.
 */
export function checkCheckoutAction(
  escrow: Escrow,
  proof: Proof | null | undefined,
  action: CheckoutAction,
  targetEmail: string | null | undefined,
  options: ActionRuleOptions = {},
): ActionRefusalCode | undefined {
  const redirect = checkRedirectUrl(options.redirectUrl, options.allowedRedirectUrls);
  if (redirect) return redirect;

  const role = getEscrowRole(escrow, targetEmail);
  const { status, signatures, cancellationRequest } = escrow;
  const mode = escrow.mode ?? 'standard';
  const funded = status === 'paid' || status === 'delivered';
  const phase = proof?.phase ?? escrow.proofInfo?.phase;
  const proofGate =
    mode === 'quick' && (escrow.fulfillmentPolicy?.type === 'purchase_proof_required' || !!phase);
  const party = CHECKOUT_ACTION_PARTIES[action];
  const notBuyer = party === 'buyer' && role !== 'buyer' ? 'CHECKOUT_TARGET_NOT_BUYER' : undefined;
  const notSeller =
    party === 'seller' && role !== 'seller' ? 'CHECKOUT_TARGET_NOT_SELLER' : undefined;

  switch (action) {
    case 'sign_contract':
      if (mode === 'instant') return 'INSTANT_ESCROW_NO_CONTRACT';
      if (mode === 'quick') return 'QUICK_ESCROW_NO_CONTRACT';
      if (!role) return 'NOT_A_PARTY';
      if (role === 'buyer' ? signatures?.buyerSigned : signatures?.sellerSigned) {
        return 'CONTRACT_ALREADY_SIGNED';
      }
      return status === 'pending' ? undefined : 'INVALID_STATUS';
    case 'accept_pay':
      if (notBuyer) return notBuyer;
      if (funded || status === 'completed') return 'PAYMENT_ALREADY_DONE';
      return status === 'pending' ? undefined : 'INVALID_STATUS';
    case 'complete':
      if (mode === 'instant') return 'INSTANT_ESCROW_NO_COMPLETE_STEP';
      if (status === 'completed') return 'ESCROW_ALREADY_COMPLETED';
      if (notBuyer) return notBuyer;
      return status === 'delivered' ? undefined : 'INVALID_STATUS';
    case 'dispute':
      if (!role) return 'NOT_A_PARTY';
      if (isDisputeOpen(escrow)) return 'DISPUTE_ALREADY_OPENED';
      return funded ? undefined : 'INVALID_STATUS';
    case 'request_cancellation':
      if (role === 'seller') return 'CANCELLATION_REQUEST_BUYER_ONLY';
      if (notBuyer) return notBuyer;
      if (!funded) return 'CANCELLATION_REQUEST_INVALID_STATUS';
      return cancellationRequest ? 'CANCELLATION_ALREADY_REQUESTED' : undefined;
    case 'cancel_escrow':
      if (role === 'buyer') return 'CANCEL_ESCROW_SELLER_ONLY';
      if (notSeller) return notSeller;
      return funded ? undefined : 'CANCEL_ESCROW_INVALID_STATUS';
    case 'reject_cancellation':
    case 'accept_cancellation':
      if (notSeller) return notSeller;
      return (cancellationRequest && (cancellationRequest.status ?? 'pending') === 'pending') ||
        suggests(proof, 'accept_cancellation', 'reject_cancellation')
        ? undefined
        : 'NO_PENDING_CANCELLATION';
    case 'submit_proof':
      if (!proofGate) return 'PROOF_NOT_REQUIRED';
      if (notSeller) return notSeller;
      // A proof is only exchanged while the funds are held (a cancelled escrow keeps its phase).
      if (status !== 'paid') return 'INVALID_STATUS';
      return phase === 'waiting_seller_proof' || phase === 'correction_requested'
        ? undefined
        : 'PROOF_PHASE_MISMATCH';
    case 'review_proof':
      if (!proofGate) return 'PROOF_NOT_REQUIRED';
      if (notBuyer) return notBuyer;
      if (status !== 'paid') return 'INVALID_STATUS';
      return phase === 'submitted_waiting_buyer_review' ? undefined : 'PROOF_PHASE_MISMATCH';
    default:
      return action satisfies never;
  }
}

/**
 * Every one of the thirteen actions (ten checkout sessions, three direct calls) for one viewer:
 * whether DHMAD would allow it, and if not, the code it would refuse with. Pure: usable on the
 * server and in the simulator. `options` only concern checkout sessions.
 */
export function getActionAvailability(
  escrow: Escrow,
  proof: Proof | null | undefined,
  viewerEmail: string | null | undefined,
  options?: ActionRuleOptions,
): Record<EscrowAction, ActionAvailability> {
  const result = {} as Record<EscrowAction, ActionAvailability>;
  for (const action of [...CHECKOUT_ACTIONS, ...DIRECT_ACTIONS]) {
    const code = isDirectAction(action)
      ? checkDirectAction(escrow, proof, action, viewerEmail)
      : checkCheckoutAction(escrow, proof, action, viewerEmail, options);
    result[action] = code ? { action, allowed: false, code } : { action, allowed: true };
  }
  return result;
}
