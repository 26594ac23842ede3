import { type Escrow, PROOF_PHASES, type Proof } from '@kit/hooks';

/** One step of the lifecycle; `unknownPhase` stands in for a proof phase the kit does not know. */
export type StepId =
  | 'contract'
  | 'funded'
  | 'proofUploaded'
  | 'correction'
  | 'buyerReview'
  | 'needsReview'
  | 'accepted'
  | 'delivered'
  | 'completed'
  | 'cancelled'
  | 'expired'
  | 'unknownPhase';

export type StepState = 'complete' | 'current' | 'upcoming';

/** Who must act on the current step: one party, both parties (contract), or DHMAD's staff. */
export type Actor = 'buyer' | 'seller' | 'parties' | 'dhmad';

export interface TimelineStep {
  id: StepId;
  state: StepState;
  /** Correction round, on the `correction` step. */
  round?: number;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The proof phase as sent (open string), `undefined` for an escrow without proof. */
  phase: string | undefined;
  /** Who acts next; `undefined` when nobody (ended) or when the kit cannot tell. */
  actor: Actor | undefined;
  /** The current step's deadline, as sent. */
  deadline: string | null | undefined;
  correctionRounds: number;
  /** The escrow reached its end (completed, cancelled, or expired proof). */
  ended: boolean;
}

/**
 * Where the escrow stands: on a step (with who acts and until when), past every step (`end`),
 * or `nowhere` when the kit cannot tell (a status it does not know: every step reads as not
 * reached yet).
 */
interface Position {
  at: StepId | 'end' | 'nowhere';
  actor?: Actor;
  deadline?: string | null;
}

const KNOWN_PHASES: readonly string[] = PROOF_PHASES;

/**
 * The steps of an escrow's lifecycle and where it stands, from whatever is known: the escrow
 * (status, mode, signatures, `proofInfo`, `fulfillmentPolicy`) and/or the proof. Phases and
 * statuses are open strings: unknown values give a sensible list, never an exception.
 */
export function buildTimeline(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
): Timeline {
  const info = escrow?.proofInfo ?? undefined;
  const phase = proof?.phase ?? info?.phase ?? undefined;
  const rawRounds = proof?.correctionRounds ?? info?.correctionRounds ?? 0;
  const correctionRounds = Number.isFinite(rawRounds) && rawRounds > 0 ? Math.floor(rawRounds) : 0;
  const uploadDeadline = proof?.uploadDeadline ?? info?.uploadDeadline;
  const reviewDeadline = proof?.reviewDeadline ?? info?.reviewDeadline;
  // DHMAD's default mode is `standard`; with a proof alone the mode is unknown.
  const mode = escrow ? (escrow.mode ?? 'standard') : undefined;
  const gated =
    phase !== undefined ||
    (mode === 'quick' && escrow?.fulfillmentPolicy?.type === 'purchase_proof_required');
  const knownPhase = phase === undefined || KNOWN_PHASES.includes(phase);

  const ids: StepId[] = [];
  if (mode === 'standard') ids.push('contract');
  ids.push('funded');
  if (phase === 'expired') {
    ids.push('expired');
  } else {
    if (gated && !knownPhase) ids.push('unknownPhase');
    if (gated && knownPhase) {
      ids.push('proofUploaded');
      // A correction sits between the upload it asks to redo and the review that follows.
      if (
        phase === 'correction_requested' ||
        (correctionRounds > 0 && phase !== undefined && phase !== 'waiting_seller_proof')
      ) {
        ids.push('correction');
      }
      ids.push('buyerReview');
      if (phase === 'needs_review') ids.push('needsReview');
      ids.push('accepted');
    }
    ids.push('delivered');
    // Instant escrows complete by themselves on delivery: there is no buyer step.
    if (mode !== 'instant') ids.push('completed');
  }

  function whilePaid(): Position {
    if (!gated) return { at: 'delivered', actor: 'seller' };
    switch (phase) {
      case undefined:
      case 'waiting_seller_proof':
        return { at: 'proofUploaded', actor: 'seller', deadline: uploadDeadline };
      case 'submitted_waiting_buyer_review':
        return { at: 'buyerReview', actor: 'buyer', deadline: reviewDeadline };
      case 'correction_requested':
        return { at: 'correction', actor: 'seller', deadline: uploadDeadline };
      case 'needs_review':
        return { at: 'needsReview', actor: 'dhmad' };
      case 'accepted':
      case 'accepted_by_timeout':
        return { at: 'delivered', actor: 'seller' };
      default:
        return { at: 'unknownPhase' };
    }
  }

  function whilePending(): Position {
    const signatures = escrow?.signatures;
    const signed =
      signatures?.isFullySigned || (signatures?.buyerSigned && signatures?.sellerSigned);
    if (mode !== 'standard' || signed) return { at: 'funded', actor: 'buyer' };
    if (signatures?.buyerSigned) return { at: 'contract', actor: 'seller' };
    if (signatures?.sellerSigned) return { at: 'contract', actor: 'buyer' };
    return { at: 'contract', actor: 'parties' };
  }

  function locate(status: string | undefined): Position {
    if (phase === 'expired') return { at: 'end' };
    switch (status) {
      case 'completed':
        return { at: 'end' };
      case 'delivered':
        // The buyer confirms receipt before `completionDeadline` (set by DHMAD's deliver call).
        return ids.includes('completed')
          ? { at: 'completed', actor: 'buyer', deadline: escrow?.completionDeadline }
          : { at: 'end' };
      case 'paid':
        return whilePaid();
      case 'pending':
        return whilePending();
      default:
        // No escrow (a proof alone) or a status the kit does not know: the phase still tells.
        return phase !== undefined ? whilePaid() : { at: 'nowhere' };
    }
  }

  const status = escrow?.status;
  let position = locate(status);
  let steps = ids;
  if (status === 'cancelled' && phase !== 'expired') {
    // Cancelled: the steps reached before the cancellation, then the cancelled end.
    const before = escrow?.deliveredAt
      ? 'delivered'
      : phase !== undefined || escrow?.paidAt
        ? 'paid'
        : 'pending';
    steps = [...ids.slice(0, Math.max(0, indexOf(locate(before)))), 'cancelled'];
    position = { at: 'end' };
  }
  const index = indexOf(position);
  // The round being corrected now, or the last one once the seller has sent again.
  const round = phase === 'correction_requested' ? Math.max(1, correctionRounds) : correctionRounds;
  return {
    steps: steps.map((id, i) => ({
      id,
      state: i < index ? 'complete' : i === index ? 'current' : 'upcoming',
      ...(id === 'correction' && { round }),
    })),
    phase,
    actor: position.actor,
    deadline: position.deadline,
    correctionRounds,
    ended: position.at === 'end',
  };

  /** The position's index in `steps` (past the last one at the end, -1 nowhere). */
  function indexOf({ at }: Position): number {
    return at === 'end' ? steps.length : steps.indexOf(at as StepId);
  }
}
