// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { act, BUYER, funded, newSim, proof, SELLER } from './test/simulatorRequests';

describe('checkout actions', () => {
  it('handles disputes and cancellation requests through checkout', async () => {
    const sim = newSim();
    expect(
      (await act(sim, 'status-paid', 'dispute', BUYER, { reason: 'Broken' })).disputeTicket,
    ).toMatchObject({ status: 'open', previewReason: 'Broken' });
    await act(sim, 'status-delivered', 'request_cancellation', BUYER);
    expect(
      (await act(sim, 'status-delivered', 'reject_cancellation', SELLER)).cancellationRequest
        .status,
    ).toBe('rejected');
    expect((await act(sim, 'cancellation-requested', 'accept_cancellation', SELLER)).status).toBe(
      'cancelled',
    );
    expect(sim.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'escrow.cancellation.requested',
        'escrow.cancellation.rejected',
        'escrow.cancellation.accepted',
      ]),
    );
  });

  it('goes to DHMAD review once the correction rounds are used up', async () => {
    const { sim, id } = await funded();
    for (let round = 1; round <= 3; round++) {
      await act(sim, id, 'submit_proof', SELLER);
      await act(sim, id, 'review_proof', BUYER, { decision: 'request_correction' });
    }
    expect(await proof(sim, id)).toMatchObject({ phase: 'needs_review', correctionRounds: 3 });
    expect(sim.events.at(-1)?.type).toBe('escrow.proof.needs_review');
  });
});
