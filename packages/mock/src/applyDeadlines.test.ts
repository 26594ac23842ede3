// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { act, api, funded, HOUR, proof, SELLER } from './test/simulatorRequests';

describe('applyDeadlines', () => {
  it('expires, cancels and refunds when the seller misses the upload deadline', async () => {
    const { sim, id } = await funded();
    sim.clock.advance(23 * HOUR);
    expect((await proof(sim, id)).phase).toBe('waiting_seller_proof');
    sim.clock.advance(2 * HOUR);
    expect((await proof(sim, id)).phase).toBe('expired');
    expect((await api(sim, 'GET', `/escrows/${id}`)).body.escrow).toMatchObject({
      status: 'cancelled',
      refundedAt: expect.any(String),
    });
    expect(sim.events.map((e) => e.type)).toContain('escrow.proof.expired');
  });

  it('accepts by timeout when the buyer does not review in time', async () => {
    const { sim, id } = await funded();
    await act(sim, id, 'submit_proof', SELLER);
    sim.clock.advance(25 * HOUR);
    expect((await proof(sim, id)).phase).toBe('accepted_by_timeout');
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).status).toBe(200);
  });
});
