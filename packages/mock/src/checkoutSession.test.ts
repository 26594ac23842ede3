// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { api, BUYER, newSim, RETURN, session } from './test/simulatorRequests';

describe('sessions', () => {
  it('are read back with their metadata, and expire 30 minutes after creation', async () => {
    const sim = newSim();
    const created = await api(sim, 'POST', '/escrows/status-pending/sessions', {
      action: 'accept_pay',
      targetUserEmail: BUYER,
      redirectUrl: RETURN,
      metadata: { order_id: 'ord_123' },
    });
    expect(created.body.url).toBe(`https://sandbox.dhmad.tn/checkout/${created.body.sessionId}`);
    expect(Date.parse(created.body.expiresAt) - sim.clock.now().getTime()).toBe(30 * 60_000);
    const read = await api(sim, 'GET', `/sessions/${created.body.sessionId}`);
    expect(read.body.session).toMatchObject({
      escrowId: 'status-pending',
      action: 'accept_pay',
      status: 'open',
      metadata: { order_id: 'ord_123' },
    });
    sim.clock.advance(31 * 60_000);
    expect((await api(sim, 'GET', `/sessions/${created.body.sessionId}`)).body.session.status).toBe(
      'expired',
    );
    expect(() => sim.completeSession(created.body.sessionId)).toThrow(/expired/);
  });

  it('can be abandoned, and then not completed', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-pending', 'accept_pay', BUYER);
    expect(sim.abandonSession(id).status).toBe('abandoned');
    expect(() => sim.completeSession(id)).toThrow(/abandoned/);
    expect((await api(sim, 'GET', '/escrows/status-pending')).body.escrow.status).toBe('pending');
  });

  it('gives the same ids and times for the same seed', async () => {
    const ids = async () => {
      const sim = createDhmadSimulator({ seed: 7, scenarios: ['status-pending'] });
      return (
        await api(sim, 'POST', '/escrows/status-pending/sessions', {
          action: 'accept_pay',
          targetUserEmail: BUYER,
          redirectUrl: RETURN,
        })
      ).body;
    };
    expect(await ids()).toEqual(await ids());
  });
});
