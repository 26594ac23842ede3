// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios';
import { api } from './test/simulatorRequests';

describe('scenarios', () => {
  it.each(Object.entries(SCENARIOS as Record<string, Scenario>))(
    '%s loads as described',
    async (id, scenario) => {
      const sim = createDhmadSimulator({ scenarios: [id as ScenarioId] });
      const escrow = (await api(sim, 'GET', `/escrows/${id}`)).body.escrow;
      expect(scenario.description).toMatch(/\.$/);
      expect(escrow.id).toBe(id);
      if (scenario.state.proof) expect(escrow.proofInfo.phase).toBe(scenario.state.proof.phase);
      if (scenario.state.escrow?.status) expect(escrow.status).toBe(scenario.state.escrow.status);
    },
  );

  it('covers every proof phase, status and mode', () => {
    const list: Scenario[] = Object.values(SCENARIOS);
    const phases = new Set(list.flatMap((s) => (s.state.proof ? [s.state.proof.phase] : [])));
    expect(phases.size).toBe(7);
    expect(Object.keys(SCENARIOS).filter((k) => k.startsWith('status-'))).toHaveLength(5);
    expect(Object.keys(SCENARIOS).filter((k) => k.startsWith('mode-'))).toHaveLength(3);
  });
});
