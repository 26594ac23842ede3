import { type CheckoutAction, type Escrow, getEscrowRole } from '@kit/hooks/core';
import { openProof, policyDeadline, setProofPhase } from './proofPhases';
import { recordEvent } from './recordEvent';
import { refundEscrow, setEscrowStatus } from './setEscrowStatus';
import type { SimulatorState, StoredProof, StoredSession } from './simulatorState';
import { uploadSize } from './uploadBudget';

/** One file of a proof submission. */
export interface CompleteSessionAttachment {
  /** Its media type, e.g. `image/png` or `application/pdf`. */
  mimeType: string;
  /** @default `proof-1`, `proof-2`, … by position */
  fileName?: string;
  /**
   * The file's content, kept in memory (a copy) and served at its `viewUrl`s. Counts towards
   * the simulator's 50 MB of uploads (`completeSession` throws a `RangeError` beyond).
   * @default sample bytes of `mimeType` (a real JPEG, PNG or PDF), made when a link is issued
   */
  bytes?: Uint8Array;
}

export interface CompleteSessionOptions {
  /** `submit_proof`: the files (default one JPEG receipt). */
  attachments?: CompleteSessionAttachment[];
  /**
   * `submit_proof`: the seller's note. `review_proof` with `request_correction`: the buyer's
   * note, recorded as `data.note` of `escrow.proof.correction_requested` (or `needs_review`);
   * where DHMAD keeps it is not documented.
   */
  note?: string;
  /** `review_proof`: accept, or ask for a correction. @default 'accept' */
  decision?: 'accept' | 'request_correction';
  /** `dispute` and `request_cancellation`: the reason given. */
  reason?: string;
}

/** What a checkout action changes, given everything about the session being completed. */
interface CheckoutStep {
  state: SimulatorState;
  escrow: Escrow;
  proof: StoredProof | undefined;
  session: StoredSession;
  options: CompleteSessionOptions;
}

const cancelAndRefund = ({ state, escrow }: CheckoutStep) => {
  setEscrowStatus(state, escrow, 'cancelled');
  refundEscrow(state, escrow);
};

/** One entry per checkout action: what DHMAD's hosted checkout does when the user finishes it. */
const CHECKOUT_TRANSITIONS: Record<CheckoutAction, (step: CheckoutStep) => void> = {
  sign_contract({ state, escrow, session }) {
    const role = getEscrowRole(escrow, session.targetUserEmail) === 'buyer' ? 'buyer' : 'seller';
    const signatures = escrow.signatures ?? {};
    signatures[`${role}Signed`] = true;
    signatures[`${role}SignedAt`] = state.clock.iso();
    signatures.isFullySigned = !!(signatures.buyerSigned && signatures.sellerSigned);
    if (signatures.isFullySigned) signatures.signedAt = state.clock.iso();
    escrow.signatures = signatures;
    recordEvent(state, 'contract.signed', escrow.id, { contract: { signedBy: role } });
  },
  accept_pay({ state, escrow }) {
    setEscrowStatus(state, escrow, 'paid');
    if (escrow.fulfillmentPolicy?.type === 'purchase_proof_required') openProof(state, escrow);
  },
  complete({ state, escrow }) {
    setEscrowStatus(state, escrow, 'completed');
  },
  dispute({ state, escrow, options }) {
    state.disputeCount++;
    escrow.disputeTicketId = state.random.objectId();
    escrow.disputeTicket = {
      ticketNumber: `DHM-${String(state.disputeCount).padStart(5, '0')}`,
      type: 'dispute',
      subject: `Dispute: ${escrow.title ?? escrow.id}`,
      status: 'open',
      createdAt: state.clock.iso(),
      previewReason: options.reason ?? 'The goods do not match what was agreed.',
    };
    escrow.updatedAt = state.clock.iso();
  },
  request_cancellation({ state, escrow, options }) {
    const reason = options.reason ?? null;
    escrow.cancellationRequest = { status: 'pending', requestedAt: state.clock.iso(), reason };
    recordEvent(state, 'escrow.cancellation.requested', escrow.id, { reason });
  },
  reject_cancellation({ state, escrow }) {
    escrow.cancellationRequest = { ...escrow.cancellationRequest, status: 'rejected' };
    recordEvent(state, 'escrow.cancellation.rejected', escrow.id);
  },
  accept_cancellation(step) {
    const { state, escrow } = step;
    escrow.cancellationRequest = { ...escrow.cancellationRequest, status: 'accepted' };
    recordEvent(state, 'escrow.cancellation.accepted', escrow.id);
    cancelAndRefund(step);
  },
  cancel_escrow: cancelAndRefund,
  submit_proof({ state, escrow, proof, options }) {
    if (!proof) return;
    const attachments = (
      options.attachments ?? [{ mimeType: 'image/jpeg', fileName: 'receipt.jpg' }]
    ).map((a, i) => ({
      mimeType: a.mimeType,
      fileName: a.fileName ?? `proof-${i + 1}`,
      ...(a.bytes ? { bytes: a.bytes.slice() } : {}),
    }));
    state.uploadedBytes += uploadSize(options);
    proof.submissions.push({
      submittedAt: state.clock.iso(),
      note: options.note ?? null,
      attachments,
    });
    proof.reviewDeadline = policyDeadline(state, escrow, 'buyerReviewDeadlineHours');
    setProofPhase(
      state,
      escrow.id,
      proof,
      'submitted_waiting_buyer_review',
      'escrow.proof.submitted',
    );
  },
  review_proof({ state, escrow, proof, options }) {
    if (!proof) return;
    if ((options.decision ?? 'accept') === 'accept') {
      setProofPhase(state, escrow.id, proof, 'accepted', 'escrow.proof.accepted');
      return;
    }
    proof.correctionRounds++;
    const note = options.note ? { note: options.note } : {};
    if (proof.correctionRounds >= state.config.maxCorrectionRounds) {
      setProofPhase(state, escrow.id, proof, 'needs_review', 'escrow.proof.needs_review', note);
      return;
    }
    proof.uploadDeadline = policyDeadline(state, escrow, 'proofUploadDeadlineHours');
    setProofPhase(
      state,
      escrow.id,
      proof,
      'correction_requested',
      'escrow.proof.correction_requested',
      note,
    );
  },
};

/**
 * Performs a session's action as its target user, as DHMAD's hosted checkout would. The caller
 * has checked the action is allowed (`checkCheckoutAction`).
 */
export function applyCheckoutAction(
  state: SimulatorState,
  session: StoredSession,
  options: CompleteSessionOptions,
): void {
  const escrow = state.escrows.get(session.escrowId) as Escrow;
  const proof = state.proofs.get(escrow.id);
  CHECKOUT_TRANSITIONS[session.action]({ state, escrow, proof, session, options });
}
