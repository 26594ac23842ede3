// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MOCK_API_KEY } from '../simulatorOptions';
import { act, api, BUYER, newSim } from '../test/simulatorRequests';

describe('rejectDeliveryRoute', () => {
  it('returns a delivered escrow to paid, keeping the rejection', async () => {
    const sim = newSim();
    const res = await api(sim, 'POST', '/escrows/status-delivered/reject-delivery', {
      reason: 'Missing pages',
    });
    expect(res.body).toMatchObject({
      message: 'Delivery rejected. Escrow returned to paid status.',
      escrow: {
        status: 'paid',
        deliveredAt: null,
        completionDeadline: null,
        deliveryRejections: [
          { reason: 'Missing pages', previousDeliveredAt: '2026-06-18T10:00:00.000Z' },
        ],
      },
    });
    expect(sim.events.at(-1)).toMatchObject({
      type: 'escrow.delivery.rejected',
      data: { reason: 'Missing pages' },
    });
  });

  it('takes an empty, a null or an unreadable body as no reason', async () => {
    for (const body of [undefined, 'null', '{not json']) {
      const sim = newSim();
      const res = await sim.handle(
        new Request('https://sandbox.dhmad.tn/api/v1/escrows/status-delivered/reject-delivery', {
          method: 'POST',
          headers: { Authorization: `Bearer ${MOCK_API_KEY}` },
          body,
        }),
      );
      expect(res.status).toBe(200);
      expect((await res.json()).escrow.deliveryRejections).toEqual([
        expect.objectContaining({ reason: null }),
      ]);
    }
  });

  it('refuses an escrow that is not delivered, or whose dispute is open', async () => {
    const sim = newSim();
    expect(await api(sim, 'POST', '/escrows/status-paid/reject-delivery')).toMatchObject({
      status: 400,
      body: { message: 'Escrow must be in delivered status to reject delivery' },
    });
    expect((await api(sim, 'POST', '/escrows/nope/reject-delivery')).status).toBe(404);
    await act(sim, 'status-delivered', 'dispute', BUYER);
    expect(await api(sim, 'POST', '/escrows/status-delivered/reject-delivery')).toMatchObject({
      status: 400,
      body: { message: 'Cannot reject delivery while a dispute is open' },
    });
  });
});
