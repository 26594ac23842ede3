import type { SimulatorState } from './simulatorState';

export interface SimulatorEvent {
  /** Named as DHMAD's webhooks: `escrow.status.updated`, `escrow.proof.submitted`, … */
  type: string;
  escrowId: string;
  at: string;
  data: Record<string, unknown>;
}

/**
 * Appends a change to `simulator.events`, stamped with the simulated time, and queues its
 * webhook (`DhmadSimulatorOptions.webhooks`): every change of an escrow passes through here.
 */
export function recordEvent(
  state: SimulatorState,
  type: string,
  escrowId: string,
  data: Record<string, unknown> = {},
): void {
  const event = { type, escrowId, at: state.clock.iso(), data };
  state.events.push(event);
  state.webhooks.enqueue(event);
}
