// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newSim, viaProxy } from './test/simulatorRequests';

describe('faults', () => {
  it('injects 500, 429 with retryAfter, an HTML 502 and a dead network, per route, until cleared', async () => {
    const sim = newSim();
    const get = () => sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid'));
    sim.faults.set('escrow', { type: 'status', status: 500 });
    expect((await get()).status).toBe(500);
    sim.faults.set('escrow', { type: 'rateLimit', retryAfter: 120 });
    const limited = await get();
    expect(limited.headers.get('retry-after')).toBe('120');
    expect(await limited.json()).toMatchObject({ retryAfter: 120 });
    sim.faults.set('escrow', { type: 'html502' });
    expect(await (await get()).text()).toContain('502 Bad Gateway');
    sim.faults.set('escrow', { type: 'network' });
    await expect(get()).rejects.toBeInstanceOf(TypeError);
    expect(
      (await sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid/proof')))
        .status,
    ).toBe(400);
    sim.faults.clear();
    expect((await get()).status).toBe(200);
  });

  it('slows a route down', async () => {
    const sim = newSim();
    sim.faults.set('all', { type: 'latency', ms: 50 });
    const started = performance.now();
    expect(
      (await sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid'))).status,
    ).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it.each([
    ['deliver', '/escrows/proof-accepted/deliver'],
    ['rejectDelivery', '/escrows/proof-delivered/reject-delivery'],
    ['cancel', '/escrows/status-pending/cancel'],
  ] as const)('breaks the %s action alone: 403, 5xx, 429, a dead network', async (route, path) => {
    const sim = newSim();
    const post = () => viaProxy(sim, 'POST', path, {});
    sim.faults.set(route, { type: 'status', status: 403 });
    expect((await post()).status).toBe(403);
    sim.faults.set(route, { type: 'status', status: 503 });
    expect(await post()).toMatchObject({ status: 503, body: { error: 'Internal Server Error' } });
    sim.faults.set(route, { type: 'rateLimit', retryAfter: 60 });
    expect(await post()).toMatchObject({ status: 429, body: { retryAfter: 60 } });
    sim.faults.set(route, { type: 'network' });
    await expect(post()).rejects.toBeInstanceOf(TypeError);
    expect((await viaProxy(sim, 'GET', path.replace(/\/[a-z-]+$/, ''))).status).toBe(200);
    sim.faults.clear(route);
    expect((await post()).status).toBe(200);
  });
});
