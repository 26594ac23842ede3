import type { Escrow } from '@kit/hooks/core';
import { cloneJson } from './cloneJson';
import type { SimulatorState } from './simulatorState';

/** The escrow as DHMAD returns it now (a copy, with `proofInfo` when it has a proof), or `undefined`. */
export function escrowJson(state: SimulatorState, id: string): Escrow | undefined {
  const escrow = state.escrows.get(id);
  if (!escrow) return undefined;
  const proof = state.proofs.get(id);
  const out = cloneJson(escrow);
  if (proof) {
    out.proofInfo = {
      phase: proof.phase,
      uploadDeadline: proof.uploadDeadline,
      reviewDeadline: proof.reviewDeadline,
      correctionRounds: proof.correctionRounds,
    };
  }
  return out;
}
