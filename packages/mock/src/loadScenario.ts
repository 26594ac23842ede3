import { cloneJson } from './cloneJson';
import { createEscrow } from './createEscrow';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios';
import { DEFAULT_START, HOUR_MS } from './simulatorClock';
import type { SimulatorState } from './simulatorState';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/**
 * The scenario's fixed dates (written for the default start, `DEFAULT_START`) moved by `ms`,
 * so that on any clock (`now: 'real'`) they keep their distance to now: a delivery made
 * yesterday, a deadline in six days.
 */
function shiftDates<T>(value: T, ms: number): T {
  if (ms === 0) return value;
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    return new Date(Date.parse(value) + ms).toISOString() as T;
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, ms)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, shiftDates(item, ms)]),
    ) as T;
  }
  return value;
}

/**
 * Loads a ready escrow from `SCENARIOS`, with the scenario's name as its id: created from the
 * scenario's body, then given its state, its deadlines counted from the simulated now (and its
 * fixed dates moved with it, `shiftDates`).
 * Throws for an unknown name.
 */
export function loadScenario(state: SimulatorState, name: ScenarioId): string {
  const scenario: Scenario | undefined = SCENARIOS[name];
  if (!scenario) throw new Error(`No scenario named "${name}".`);
  const created = createEscrow(state, scenario.create, name);
  if (!created.ok) throw new Error(`Scenario "${name}" is invalid.`);
  const escrow = created.escrow;
  const at = (hours: number) => state.clock.iso(state.clock.now() + hours * HOUR_MS);
  const since = state.clock.now() - Date.parse(DEFAULT_START);
  Object.assign(escrow, shiftDates(cloneJson(scenario.state.escrow ?? {}), since));
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
