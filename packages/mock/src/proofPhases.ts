import type { Escrow } from '@kit/hooks/core';
import { recordEvent } from './recordEvent';
import { HOUR_MS } from './simulatorClock';
import type { SimulatorState, StoredProof } from './simulatorState';

/** The phases in which the seller is expected to upload (again). */
export const SELLER_UPLOAD_PHASES: readonly string[] = [
  'waiting_seller_proof',
  'correction_requested',
];

/**
 * Moves a proof to `phase` and records `event` (`escrow.proof.*`, as DHMAD's webhooks), with
 * `extra` data beside the phase and the correction rounds.
 */
export function setProofPhase(
  state: SimulatorState,
  escrowId: string,
  proof: StoredProof,
  phase: string,
  event: string,
  extra: Record<string, unknown> = {},
): void {
  proof.phase = phase;
  recordEvent(state, event, escrowId, {
    phase,
    correctionRounds: proof.correctionRounds,
    ...extra,
  });
}

/**
 * The deadline `key` of the escrow's fulfillment policy from now, as an ISO timestamp.
 * @default 24 hours when the policy does not say (seed quick-escrow-with-proof.txt documents it
 * for the upload; for the review not documented: chosen to match)
 */
export function policyDeadline(
  state: SimulatorState,
  escrow: Escrow,
  key: 'proofUploadDeadlineHours' | 'buyerReviewDeadlineHours',
): string {
  const hours = escrow.fulfillmentPolicy?.[key] ?? 24;
  return state.clock.iso(state.clock.now() + hours * HOUR_MS);
}

/** At payment of a purchase-proof escrow: the proof starts, waiting for the seller's upload. */
export function openProof(state: SimulatorState, escrow: Escrow): void {
  state.proofs.set(escrow.id, {
    phase: 'waiting_seller_proof',
    correctionRounds: 0,
    uploadDeadline: policyDeadline(state, escrow, 'proofUploadDeadlineHours'),
    reviewDeadline: null,
    submissions: [],
  });
  recordEvent(state, 'escrow.proof.required', escrow.id, { phase: 'waiting_seller_proof' });
}
