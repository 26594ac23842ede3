// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, BUYER, newSim, viaProxy } from '../test/simulatorRequests';

const NOW = '2026-06-19T12:00:00.000Z';

describe.each([
  ['DHMAD’s API', api],
  ['the proxy contract', viaProxy],
])('deliverEscrowRoute on %s', (_, call) => {
  it.each(['proof-accepted', 'proof-accepted-by-timeout'])(
    'marks %s delivered, giving the buyer a week to confirm',
    async (id) => {
      const sim = newSim();
      expect(await call(sim, 'POST', `/escrows/${id}/deliver`, {})).toMatchObject({
        status: 200,
        body: {
          message: 'Escrow marked as delivered',
          escrow: {
            id,
            status: 'delivered',
            deliveredAt: NOW,
            completionDeadline: '2026-06-26T12:00:00.000Z',
          },
        },
      });
      expect(sim.events.at(-1)).toMatchObject({
        type: 'escrow.status.updated',
        escrowId: id,
        data: { previousStatus: 'paid', status: 'delivered' },
      });
    },
  );

  it.each(['proof-waiting', 'proof-submitted', 'proof-correction-requested', 'proof-needs-review'])(
    'answers 409 PROOF_NOT_ACCEPTED for %s and changes nothing',
    async (id) => {
      const sim = newSim();
      expect(await call(sim, 'POST', `/escrows/${id}/deliver`)).toMatchObject({
        status: 409,
        body: {
          error: {
            code: 'PROOF_NOT_ACCEPTED',
            type: 'business_rule_violation',
            message: 'Cannot deliver: purchase proof has not been accepted.',
            user_message: 'The proof of purchase must be accepted before delivery.',
          },
        },
      });
      expect(sim.getEscrow(id)).toMatchObject({ status: 'paid', deliveredAt: null });
    },
  );

  it('completes a paid instant escrow at once and releases the funds', async () => {
    const sim = newSim();
    expect(await call(sim, 'POST', '/escrows/instant-paid/deliver')).toMatchObject({
      status: 200,
      body: {
        message: 'Escrow delivered and completed (instant mode). Funds released.',
        escrow: { id: 'instant-paid', status: 'completed', completedAt: NOW },
      },
    });
  });

  it('answers 400 for an escrow that is not paid, and 404 for an unknown one', async () => {
    const sim = newSim();
    for (const id of ['status-pending', 'status-delivered', 'status-cancelled']) {
      expect(await call(sim, 'POST', `/escrows/${id}/deliver`)).toMatchObject({
        status: 400,
        body: { error: 'Bad Request', message: 'Escrow must be in paid status before delivery' },
      });
    }
    expect(await call(sim, 'POST', '/escrows/nope/deliver')).toMatchObject({
      status: 404,
      body: { error: 'Escrow not found' },
    });
  });

  it('answers 403 to the buyer and to a stranger, and lets the seller deliver', async () => {
    const sim = newSim();
    sim.setViewer(BUYER);
    expect(await call(sim, 'POST', '/escrows/proof-accepted/deliver')).toMatchObject({
      status: 403,
      body: { error: 'Forbidden', message: 'Only the seller can mark an escrow as delivered' },
    });
    sim.setViewer('someone@example.com');
    expect(await call(sim, 'POST', '/escrows/proof-accepted/deliver')).toMatchObject({
      status: 403,
      body: {
        error: 'Forbidden',
        message:
          'You do not have access to this escrow. You can only view escrows where you are the seller or buyer.',
      },
    });
    expect(sim.getEscrow('proof-accepted')?.status).toBe('paid');
    sim.setViewer(' Seller@Example.COM ');
    expect((await call(sim, 'POST', '/escrows/proof-accepted/deliver')).status).toBe(200);
  });

  it('checks the party before the escrow’s state', async () => {
    const sim = newSim();
    sim.setViewer(BUYER);
    expect((await call(sim, 'POST', '/escrows/status-pending/deliver')).status).toBe(403);
    expect((await call(sim, 'POST', '/escrows/proof-submitted/deliver')).status).toBe(403);
  });
});
