// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  act,
  api,
  BUYER,
  newSim,
  quickWithProof,
  SELLER,
  standardLogo,
} from './test/simulatorRequests';

describe('every mode end to end', () => {
  it('standard: both sign, the buyer pays, the seller delivers, the buyer confirms', async () => {
    const sim = newSim();
    const { body } = await api(sim, 'POST', '/escrows', standardLogo);
    const id = body.escrow.id as string;
    await act(sim, id, 'sign_contract', SELLER);
    expect((await act(sim, id, 'sign_contract', BUYER)).signatures).toMatchObject({
      isFullySigned: true,
    });
    expect((await act(sim, id, 'accept_pay', BUYER)).status).toBe('paid');
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).body.escrow.status).toBe('delivered');
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
    expect(sim.events.filter((e) => e.escrowId === id).map((e) => e.type)).toEqual([
      'contract.signed',
      'contract.signed',
      'escrow.status.updated',
      'escrow.status.updated',
      'escrow.status.updated',
    ]);
  });

  it('quick: the buyer pays, delivery can be rejected and redone, the buyer confirms', async () => {
    const sim = newSim();
    const id = (
      await api(sim, 'POST', '/escrows', { ...quickWithProof, fulfillmentPolicy: undefined })
    ).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    await api(sim, 'POST', `/escrows/${id}/deliver`);
    const rejected = await api(sim, 'POST', `/escrows/${id}/reject-delivery`, {
      reason: 'Wrong colour',
    });
    expect(rejected.body.escrow).toMatchObject({
      status: 'paid',
      deliveredAt: null,
      deliveryRejections: [{ reason: 'Wrong colour' }],
    });
    await api(sim, 'POST', `/escrows/${id}/deliver`);
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
  });

  it('instant: the buyer pays and delivery completes it at once', async () => {
    const sim = newSim();
    const id = (
      await api(sim, 'POST', '/escrows', {
        title: 'E-book',
        amount: 10,
        buyerEmail: BUYER,
        mode: 'instant',
      })
    ).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    const delivered = await api(sim, 'POST', `/escrows/${id}/deliver`);
    expect(delivered.body).toMatchObject({
      message: 'Escrow delivered and completed (instant mode). Funds released.',
      escrow: { status: 'completed' },
    });
  });
});
