import { SELLER_UPLOAD_PHASES, setProofPhase } from './proofPhases';
import { refundEscrow, setEscrowStatus } from './setEscrowStatus';
import type { SimulatorState } from './simulatorState';

const passed = (state: SimulatorState, deadline: string | null) =>
  deadline !== null && Date.parse(deadline) < state.clock.now();

/**
 * Moves every proof of a paid escrow whose deadline has passed, as DHMAD's scheduler does: a
 * missed upload expires the proof and cancels and refunds the escrow; a missed review accepts
 * the proof by timeout (seed quick-escrow-with-proof.txt).
 */
export function applyDeadlines(state: SimulatorState): void {
  for (const [id, proof] of state.proofs) {
    const escrow = state.escrows.get(id);
    if (escrow?.status !== 'paid') continue;
    if (SELLER_UPLOAD_PHASES.includes(proof.phase) && passed(state, proof.uploadDeadline)) {
      setProofPhase(state, id, proof, 'expired', 'escrow.proof.expired');
      setEscrowStatus(state, escrow, 'cancelled');
      refundEscrow(state, escrow);
    } else if (
      proof.phase === 'submitted_waiting_buyer_review' &&
      passed(state, proof.reviewDeadline)
    ) {
      setProofPhase(state, id, proof, 'accepted_by_timeout', 'escrow.proof.accepted_by_timeout');
    }
  }
}
