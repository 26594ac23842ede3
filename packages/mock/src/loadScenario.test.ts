// @vitest-environment node
import { checkCheckoutAction, checkDirectAction, type DirectAction } from '@kit/hooks/core';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios';
import { act, api, BUYER, SELLER } from './test/simulatorRequests';

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

  it.each([
    ['proof-accepted', 'deliver', SELLER, undefined],
    ['proof-accepted-by-timeout', 'deliver', SELLER, undefined],
    ['proof-submitted', 'deliver', SELLER, 'PROOF_NOT_ACCEPTED'],
    ['proof-needs-review', 'deliver', SELLER, 'PROOF_NOT_ACCEPTED'],
    ['proof-delivered', 'reject_delivery', BUYER, undefined],
    ['status-pending', 'cancel_pending', BUYER, undefined],
    ['status-pending', 'cancel_pending', SELLER, undefined],
    ['instant-paid', 'deliver', SELLER, undefined],
  ] as const)('%s is ready for %s by %s (refusal: %s)', async (id, action, who, refusal) => {
    const sim = createDhmadSimulator({ scenarios: [id] });
    const escrow = (await api(sim, 'GET', `/escrows/${id}`)).body.escrow;
    const proof = (await api(sim, 'GET', `/escrows/${id}/proof`)).body?.proof;
    expect(checkDirectAction(escrow, proof, action as DirectAction, who)).toBe(refusal);
  });

  it('proof-delivered lets the buyer complete through checkout', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-delivered'] });
    const escrow = sim.getEscrow('proof-delivered');
    expect(escrow && checkCheckoutAction(escrow, null, 'complete', BUYER)).toBeUndefined();
    expect(await act(sim, 'proof-delivered', 'complete', BUYER)).toMatchObject({
      status: 'completed',
    });
  });
});

describe('scenario dates on another clock', () => {
  const HOUR = 3_600_000;
  // Written for 2026-06-19T12:00Z: delivered 2026-06-18T10:00Z, due 2026-06-25T10:00Z.
  it('keep their distance to now: a delivery a day ago, its confirmation due in six days', async () => {
    const sim = createDhmadSimulator({
      now: '2026-11-30T09:30:00.000Z',
      scenarios: ['status-delivered', 'disputed'],
    });
    const at = sim.clock.now().getTime();
    const delivered = (await api(sim, 'GET', '/escrows/status-delivered')).body.escrow;
    expect(Date.parse(delivered.deliveredAt) - at).toBe(-26 * HOUR);
    expect(Date.parse(delivered.completionDeadline) - at).toBe(142 * HOUR);
    const disputed = (await api(sim, 'GET', '/escrows/disputed')).body.escrow;
    expect(Date.parse(disputed.disputeTicket.createdAt) - at).toBe(-26 * HOUR);
  });

  it('on the wall clock too', async () => {
    const before = Date.now();
    const sim = createDhmadSimulator({ now: 'real', scenarios: ['status-delivered'] });
    const delivered = (await api(sim, 'GET', '/escrows/status-delivered')).body.escrow;
    const due = Date.parse(delivered.completionDeadline);
    expect(due).toBeGreaterThanOrEqual(before + 142 * HOUR);
    expect(due).toBeLessThanOrEqual(Date.now() + 142 * HOUR);
  });
});
