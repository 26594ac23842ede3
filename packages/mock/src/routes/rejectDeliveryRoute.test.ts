// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MOCK_API_KEY } from '../simulatorOptions';
import { act, api, BUYER, newSim, SELLER, viaProxy } from '../test/simulatorRequests';

const NO_ACCESS =
  'You do not have access to this escrow. You can only view escrows where you are the seller or buyer.';

/** A raw POST of `body` to reject-delivery on the proxy contract. */
const rawProxyPost = (sim: ReturnType<typeof newSim>, body: string) =>
  sim.handle(
    new Request('http://localhost/api/escrow/escrows/proof-delivered/reject-delivery', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    }),
  );

describe('rejectDeliveryRoute', () => {
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

  it('keeps any string reason as sent, and ignores one that is not a string', async () => {
    const sim = newSim();
    const long = ` ${'x'.repeat(1500)} `;
    const res = await api(sim, 'POST', '/escrows/status-delivered/reject-delivery', {
      reason: long,
    });
    expect(res.body.escrow.deliveryRejections[0].reason).toBe(long);
    await api(sim, 'POST', '/escrows/proof-delivered/reject-delivery', { reason: 42 });
    expect(sim.getEscrow('proof-delivered')?.deliveryRejections).toEqual([
      expect.objectContaining({ reason: null }),
    ]);
  });
});

describe.each([
  ['DHMAD’s API', api],
  ['the proxy contract', viaProxy],
])('rejectDeliveryRoute on %s', (_, call) => {
  it.each([
    ['status-delivered', '2026-06-18T10:00:00.000Z'],
    ['proof-delivered', '2026-06-19T08:00:00.000Z'],
  ])('returns %s to paid, keeping the rejection; the seller can deliver again', async (id, at) => {
    const sim = newSim();
    const res = await call(sim, 'POST', `/escrows/${id}/reject-delivery`, {
      reason: 'The box was empty',
    });
    expect(res).toMatchObject({
      status: 200,
      body: {
        message: 'Delivery rejected. Escrow returned to paid status.',
        escrow: {
          status: 'paid',
          deliveredAt: null,
          completionDeadline: null,
          deliveryRejections: [
            {
              rejectedAt: '2026-06-19T12:00:00.000Z',
              reason: 'The box was empty',
              previousDeliveredAt: at,
            },
          ],
        },
      },
    });
    expect(sim.events.at(-1)).toMatchObject({
      type: 'escrow.delivery.rejected',
      escrowId: id,
      data: { reason: 'The box was empty' },
    });
    expect((await call(sim, 'POST', `/escrows/${id}/deliver`)).status).toBe(200);
  });

  it('answers 400 to an instant escrow, paid or completed: it is never delivered', async () => {
    const sim = newSim();
    const refused = {
      status: 400,
      body: { message: 'Escrow must be in delivered status to reject delivery' },
    };
    expect(await call(sim, 'POST', '/escrows/instant-paid/reject-delivery')).toMatchObject(refused);
    await call(sim, 'POST', '/escrows/instant-paid/deliver');
    expect(await call(sim, 'POST', '/escrows/instant-paid/reject-delivery')).toMatchObject(refused);
  });

  it('answers 403 to the seller and to a stranger, and lets the buyer reject', async () => {
    const sim = newSim();
    sim.setViewer(SELLER);
    expect(await call(sim, 'POST', '/escrows/proof-delivered/reject-delivery', {})).toMatchObject({
      status: 403,
      body: { error: 'Forbidden', message: 'Only the buyer can reject delivery for this escrow' },
    });
    sim.setViewer('someone@example.com');
    expect(await call(sim, 'POST', '/escrows/proof-delivered/reject-delivery', {})).toMatchObject({
      status: 403,
      body: { error: 'Forbidden', message: NO_ACCESS },
    });
    expect(sim.getEscrow('proof-delivered')?.status).toBe('delivered');
    sim.setViewer('BUYER@example.com');
    expect((await call(sim, 'POST', '/escrows/proof-delivered/reject-delivery', {})).status).toBe(
      200,
    );
  });
});

describe('rejectDeliveryRoute on the proxy contract: the reason, checked as a proxy does', () => {
  it.each([
    [42, 'Reason must be a string'],
    [{ text: 'no' }, 'Reason must be a string'],
    [` ${'x'.repeat(1001)} `, 'Reason must be at most 1000 characters'],
  ])('answers 400 naming the reason for %j, before any other rule', async (reason, detail) => {
    const sim = newSim();
    for (const id of ['proof-delivered', 'status-paid']) {
      expect(await viaProxy(sim, 'POST', `/escrows/${id}/reject-delivery`, { reason })).toEqual(
        expect.objectContaining({
          status: 400,
          body: {
            error: 'Bad Request',
            message: 'Invalid request parameters',
            details: { reason: detail },
          },
        }),
      );
    }
    expect(sim.getEscrow('proof-delivered')?.status).toBe('delivered');
  });

  it('keeps a reason of up to 1000 characters trimmed; a blank one is no reason', async () => {
    const sim = newSim();
    const longest = 'x'.repeat(1000);
    await viaProxy(sim, 'POST', '/escrows/proof-delivered/reject-delivery', {
      reason: `  ${longest}\n`,
    });
    await viaProxy(sim, 'POST', '/escrows/proof-delivered/deliver');
    await viaProxy(sim, 'POST', '/escrows/proof-delivered/reject-delivery', { reason: '   ' });
    const reasons = sim.getEscrow('proof-delivered')?.deliveryRejections?.map((r) => r.reason);
    expect(reasons).toEqual([longest, null]);
  });

  it('takes an empty body as no reason, and refuses a body that is not a JSON object', async () => {
    const sim = newSim();
    for (const body of ['null', '[1]', '{not json']) {
      expect((await rawProxyPost(sim, body)).status).toBe(400);
    }
    const empty = await rawProxyPost(sim, '');
    expect(empty.status).toBe(200);
    expect((await empty.json()).escrow.deliveryRejections).toEqual([
      expect.objectContaining({ reason: null }),
    ]);
  });
});
