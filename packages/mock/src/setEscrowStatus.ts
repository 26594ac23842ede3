import type { Escrow } from '@kit/hooks/core';
import { recordEvent } from './recordEvent';
import type { SimulatorState } from './simulatorState';

/** The timestamp field DHMAD sets when an escrow enters a status. */
const STAMP_OF_STATUS: Record<string, 'paidAt' | 'deliveredAt' | 'completedAt' | 'cancelledAt'> = {
  paid: 'paidAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

/** Moves an escrow to `status`, stamps it, and records `escrow.status.updated`. */
export function setEscrowStatus(state: SimulatorState, escrow: Escrow, status: string): void {
  const previous = escrow.status;
  escrow.status = status;
  escrow.updatedAt = state.clock.iso();
  const stamp = STAMP_OF_STATUS[status];
  if (stamp) escrow[stamp] = state.clock.iso();
  recordEvent(state, 'escrow.status.updated', escrow.id, { previousStatus: previous, status });
}

/** Marks the buyer refunded (`refundedAt`, a field of the simulator's escrows). */
export function refundEscrow(state: SimulatorState, escrow: Escrow): void {
  (escrow as Escrow & { refundedAt?: string }).refundedAt = state.clock.iso();
}
