import { cloneJson } from './cloneJson';
import { createEscrow } from './createEscrow';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios';
import { HOUR_MS } from './simulatorClock';
import type { SimulatorState } from './simulatorState';

/**
 * Loads a ready escrow from `SCENARIOS`, with the scenario's name as its id: created from the
 * scenario's body, then given its state, its deadlines counted from the simulated now.
 * Throws for an unknown name.
 */
export function loadScenario(state: SimulatorState, name: ScenarioId): string {
  const scenario: Scenario | undefined = SCENARIOS[name];
  if (!scenario) throw new Error(`No scenario named "${name}".`);
  const created = createEscrow(state, scenario.create, name);
  if (!created.ok) throw new Error(`Scenario "${name}" is invalid.`);
  const escrow = created.escrow;
  const at = (hours: number) => state.clock.iso(state.clock.now() + hours * HOUR_MS);
  Object.assign(escrow, cloneJson(scenario.state.escrow ?? {}));
  if (escrow.status !== 'pending' && !escrow.paidAt) escrow.paidAt = at(-30);
  const proof = scenario.state.proof;
  if (proof) {
    const submissions = proof.submissions ?? [];
    state.proofs.set(name, {
      phase: proof.phase,
      correctionRounds: proof.correctionRounds ?? 0,
      uploadDeadline: proof.uploadInHours === undefined ? null : at(proof.uploadInHours),
      reviewDeadline: proof.reviewInHours === undefined ? null : at(proof.reviewInHours),
      submissions: submissions.map((s, i) => ({
        submittedAt: at(s.hoursAgo === undefined ? -submissions.length + i : -s.hoursAgo),
        note: s.note ?? null,
        attachments: s.attachments,
      })),
    });
  }
  return name;
}
