// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, BUYER, newSim, SELLER, viaProxy } from '../test/simulatorRequests';

const PENDING_ONLY =
  'Only pending escrows can be cancelled via API. For paid or delivered escrows, buyers use a request_cancellation checkout session; sellers use a cancel_escrow checkout session.';

describe.each([
  ['DHMAD’s API', api],
  ['the proxy contract', viaProxy],
])('cancelEscrowRoute on %s', (_, call) => {
  it('cancels a pending escrow', async () => {
    const sim = newSim();
    expect(await call(sim, 'POST', '/escrows/status-pending/cancel', {})).toMatchObject({
      status: 200,
      body: {
        message: 'Escrow cancelled successfully',
        escrow: { status: 'cancelled', cancelledAt: '2026-06-19T12:00:00.000Z' },
      },
    });
    expect(sim.events.at(-1)).toMatchObject({
      type: 'escrow.status.updated',
      data: { previousStatus: 'pending', status: 'cancelled' },
    });
  });

  it('answers 400 after payment, and 404 for an unknown escrow', async () => {
    const sim = newSim();
    for (const id of ['status-paid', 'status-delivered', 'status-completed', 'status-cancelled']) {
      expect(await call(sim, 'POST', `/escrows/${id}/cancel`)).toMatchObject({
        status: 400,
        body: { error: 'Bad Request', message: PENDING_ONLY },
      });
    }
    expect(sim.getEscrow('status-paid')?.status).toBe('paid');
    expect((await call(sim, 'POST', '/escrows/nope/cancel')).status).toBe(404);
  });

  it('lets either party cancel, and answers 403 to someone else', async () => {
    const sim = newSim();
    sim.setViewer('someone@example.com');
    expect(await call(sim, 'POST', '/escrows/status-pending/cancel')).toMatchObject({
      status: 403,
      body: {
        error: 'Forbidden',
        message:
          'You do not have access to this escrow. You can only view escrows where you are the seller or buyer.',
      },
    });
    expect(sim.getEscrow('status-pending')?.status).toBe('pending');
    sim.setViewer(BUYER.toUpperCase());
    expect((await call(sim, 'POST', '/escrows/status-pending/cancel')).status).toBe(200);
    sim.setViewer(SELLER);
    expect((await call(sim, 'POST', '/escrows/mode-quick/cancel')).status).toBe(200);
  });
});
