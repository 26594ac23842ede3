import { escrowJson } from '../escrowJson';
import { proofJson } from '../proofJson';
import type { SimulatorEvent } from '../recordEvent';
import type { SimulatorState } from '../simulatorState';

/**
 * The JSON body of the webhook for `event`, as text:
 * `{ "event", "createdAt", "data": { …event.data, "escrow", "proof"? } }`.
 *
 * DHMAD documents only that event data sits under `data` (`data.contract.signedBy` of
 * `contract.signed`, docs.dhmad.tn/api-reference/webhooks), and that proof webhooks carry each
 * attachment's `viewUrl` and the suggested `checkoutActions` (seed quick-escrow-with-proof.txt).
 * The rest is not documented: chosen because it gives a receiver everything without a call
 * back: `createdAt` is the simulated time of the change; `data` holds what the change recorded
 * (`simulator.events[i].data`: `previousStatus` and `status`, `reason`, `contract.signedBy`, a
 * proof's `phase` and `correctionRounds`), then `escrow` as `GET /escrows/:id` returns it and,
 * for `escrow.proof.*` events, `proof` as `GET /escrows/:id/proof` returns it (fresh links).
 * It is built once the change is complete, so `escrow` shows its outcome: the
 * `escrow.status.updated` of a payment already carries the proof it opened.
 */
export function webhookBody(state: SimulatorState, event: SimulatorEvent): string {
  const proof = event.type.startsWith('escrow.proof.')
    ? { proof: proofJson(state, event.escrowId) }
    : {};
  return JSON.stringify({
    event: event.type,
    createdAt: event.at,
    data: { ...event.data, escrow: escrowJson(state, event.escrowId), ...proof },
  });
}
