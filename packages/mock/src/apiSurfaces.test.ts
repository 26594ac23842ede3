// @vitest-environment node
import type { CheckoutAction } from '@kit/hooks/core';
import { describe, expect, it } from 'vitest';
import { MOCK_API_KEY } from './simulatorOptions';
import { api, BUYER, newSim, SELLER } from './test/simulatorRequests';

describe('DHMAD’s API and the proxy contract', () => {
  it('requires the API key, as a Bearer token or X-API-Key', async () => {
    const sim = newSim();
    expect(await api(sim, 'GET', '/escrows/status-paid', undefined, null)).toMatchObject({
      status: 401,
      body: { error: 'Unauthorized' },
    });
    expect(
      (await api(sim, 'GET', '/escrows/status-paid', undefined, 'sk_sandbox_wrong')).status,
    ).toBe(401);
    const viaHeader = await sim.handle(
      new Request('https://sandbox.dhmad.tn/api/v1/escrows/status-paid', {
        headers: { 'X-API-Key': MOCK_API_KEY },
      }),
    );
    expect(viaHeader.status).toBe(200);
  });

  it('serves the proxy contract without a key', async () => {
    const sim = newSim();
    const res = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/proof-submitted'),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).escrow.proofInfo.phase).toBe('submitted_waiting_buyer_review');
  });

  it('fills what the browser omits, as a proxy does: the acting party and the callback', async () => {
    const sim = newSim();
    const post = async (escrow: string, action: CheckoutAction) => {
      const res = await sim.handle(
        new Request(`http://localhost/api/escrow/escrows/${escrow}/sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action }),
        }),
      );
      expect(res.status).toBe(201);
      const { sessionId } = await res.json();
      const read = await sim.handle(
        new Request(`http://localhost/api/escrow/sessions/${sessionId}`),
      );
      return (await read.json()).session.targetUserEmail;
    };
    expect(await post('proof-submitted', 'review_proof')).toBe(BUYER);
    expect(await post('proof-waiting', 'submit_proof')).toBe(SELLER);
    sim.setViewer('someone@example.com');
    const res = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/status-pending/sessions', {
        method: 'POST',
        body: JSON.stringify({ action: 'accept_pay' }),
      }),
    );
    expect((await res.json()).error.code).toBe('CHECKOUT_TARGET_NOT_BUYER');
  });
});
