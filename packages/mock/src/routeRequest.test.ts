// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, newSim } from './test/simulatorRequests';

describe('routing', () => {
  it('answers unknown escrows and sessions with DHMAD’s 404 bodies', async () => {
    const sim = newSim();
    expect(await api(sim, 'GET', '/escrows/nope')).toEqual(
      expect.objectContaining({ status: 404, body: { error: 'Escrow not found' } }),
    );
    expect((await api(sim, 'GET', '/sessions/nope')).body).toEqual({
      error: 'Checkout session not found',
    });
  });

  it('answers unknown paths with 404 and wrong methods with 405, in JSON', async () => {
    const sim = newSim();
    const unknown = await api(sim, 'GET', '/wallets');
    expect(unknown).toMatchObject({ status: 404, body: { error: 'Not Found' } });
    expect(unknown.headers.get('content-type')).toBe('application/json');
    const wrong = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/status-paid', { method: 'DELETE' }),
    );
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(await wrong.json()).toEqual({ error: 'Method Not Allowed' });
  });

  it('answers a path that is not valid percent-encoding with 404, not an exception', async () => {
    const res = await newSim().handle(new Request('http://localhost/api/escrow/escrows/%E0%A4%A'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Not Found', message: 'No such endpoint' });
  });

  it('serves escrow creation on DHMAD’s paths only, the direct actions on both', async () => {
    const sim = newSim();
    const post = (path: string) =>
      sim.handle(new Request(`http://localhost/api/escrow${path}`, { method: 'POST' }));
    expect((await post('/escrows')).status).toBe(404);
    expect((await api(sim, 'GET', '/escrows/status-pending')).body.escrow.status).toBe('pending');
    expect((await post('/escrows/status-pending/cancel')).status).toBe(200);
    const wrong = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/status-paid/deliver'),
    );
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('decodes path segments before matching them', async () => {
    const res = await api(newSim(), 'GET', '/escrows/status%2Dpaid');
    expect(res).toMatchObject({ status: 200, body: { escrow: { id: 'status-paid' } } });
  });
});
