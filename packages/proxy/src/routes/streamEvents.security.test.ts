// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DELIVERED_ESCROW_ID,
  PAID_ESCROW_ID,
  PENDING_ESCROW_ID,
  PROOF_ESCROW_ID,
} from '../test/createTestUpstream';
import { proxyRequest } from '../test/setupProxy';
import { setupStreamProxy, streamRequest } from '../test/setupStreamProxy';

afterEach(() => {
  vi.useRealTimers();
});

/** A refusal: JSON, uncached, with this status and code, and nothing subscribed. */
async function expectRefusal(
  setup: ReturnType<typeof setupStreamProxy>,
  request: Request,
  status: number,
  code?: string,
) {
  const response = await setup.proxy(request);
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/json');
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  const body = await response.json();
  if (code) expect(body).toMatchObject({ error: { code, type: 'proxy_error' } });
  expect(setup.bus.subscribeCalls).toBe(0);
  return body;
}

describe('GET events: refusals', () => {
  it('answers 401 to a signed-out user, without calling DHMAD', async () => {
    const setup = setupStreamProxy();
    await expectRefusal(
      setup,
      streamRequest([PAID_ESCROW_ID], { token: null }),
      401,
      'UNAUTHENTICATED',
    );
    expect(setup.dhmad.received).toEqual([]);
  });

  it('answers 403 to a stranger to any one of the escrows, and opens no stream', async () => {
    const setup = setupStreamProxy();
    await expectRefusal(
      setup,
      streamRequest([PAID_ESCROW_ID], { token: 'stranger-token' }),
      403,
      'FORBIDDEN',
    );
    const seller = setupStreamProxy({
      authorize: (_user, escrow) => escrow.id !== PROOF_ESCROW_ID,
    });
    await expectRefusal(
      seller,
      streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID, DELIVERED_ESCROW_ID]),
      403,
      'FORBIDDEN',
    );
  });

  it('passes DHMAD’s 404 for an unknown escrow through', async () => {
    const setup = setupStreamProxy();
    const body = await expectRefusal(
      setup,
      streamRequest([PAID_ESCROW_ID, 'aaaaaaaaaaaaaaaaaaaaaaaa']),
      404,
    );
    expect(body).toEqual({ error: 'Escrow not found' });
  });

  it.each([
    ['no escrow', '/events', 'INVALID_QUERY'],
    ['an empty escrow', '/events?escrow=', 'INVALID_ID'],
    ['other parameters only', `/events?id=${PAID_ESCROW_ID}`, 'INVALID_QUERY'],
    ['a path in an id', `/events?escrow=${PAID_ESCROW_ID}&escrow=..%2Fme`, 'INVALID_ID'],
    ['a dot segment', '/events?escrow=..', 'INVALID_ID'],
    ['an id of 65 characters', `/events?escrow=${'a'.repeat(65)}`, 'INVALID_ID'],
    ['a query in an id', `/events?escrow=${PAID_ESCROW_ID}%3Fx%3D1`, 'INVALID_ID'],
  ])('answers 400 to %s, without calling DHMAD', async (_, path, code) => {
    const setup = setupStreamProxy();
    await expectRefusal(setup, proxyRequest(path), 400, code);
    expect(setup.dhmad.received).toEqual([]);
  });

  it('answers 400 past maxEscrowsPerStream distinct escrows; duplicates count once', async () => {
    const setup = setupStreamProxy({ events: { maxEscrowsPerStream: 2 } });
    await expectRefusal(
      setup,
      streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID, DELIVERED_ESCROW_ID]),
      400,
      'INVALID_QUERY',
    );
    expect(setup.dhmad.received).toEqual([]);
    const ids = [PAID_ESCROW_ID, PAID_ESCROW_ID, PROOF_ESCROW_ID, PAID_ESCROW_ID];
    const response = await setup.proxy(streamRequest(ids));
    expect(response.status).toBe(200);
    expect(setup.escrowReads()).toBe(2);
    expect(setup.bus.subscribed().sort()).toEqual([PAID_ESCROW_ID, PROOF_ESCROW_ID].sort());
    await response.body?.cancel();
  });

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['Origin: null', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('answers 403 ORIGIN_NOT_ALLOWED to %s, without calling DHMAD', async (_, headers) => {
    const setup = setupStreamProxy();
    await expectRefusal(
      setup,
      streamRequest([PAID_ESCROW_ID], { headers }),
      403,
      'ORIGIN_NOT_ALLOWED',
    );
    expect(setup.dhmad.received).toEqual([]);
  });

  it('lets the app’s own origin and allowedOrigins through', async () => {
    const setup = setupStreamProxy({ allowedOrigins: ['https://admin.shop.example'] });
    for (const headers of [
      { Origin: 'https://shop.example' } as Record<string, string>,
      { Origin: 'https://admin.shop.example' },
      { 'Sec-Fetch-Site': 'same-origin' },
    ]) {
      const response = await setup.proxy(streamRequest([PAID_ESCROW_ID], { headers }));
      expect(response.status).toBe(200);
      await response.body?.cancel();
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])(
    'answers %s with 405 and Allow: GET',
    async (method) => {
      const setup = setupStreamProxy();
      const response = await setup.proxy(streamRequest([PAID_ESCROW_ID], { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET');
      expect(setup.dhmad.received).toEqual([]);
      expect(setup.bus.subscribeCalls).toBe(0);
    },
  );
});

describe('GET events: the authorization cache', () => {
  const open = async (
    setup: ReturnType<typeof setupStreamProxy>,
    ids: string[],
    token?: string,
  ) => {
    const response = await setup.proxy(streamRequest(ids, { token }));
    await response.body?.cancel();
    return response.status;
  };

  it('asks DHMAD once per (user, escrow) within authorizationTtlMs, refusals included', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const setup = setupStreamProxy();
    expect(await open(setup, [PAID_ESCROW_ID, PROOF_ESCROW_ID])).toBe(200);
    expect(setup.escrowReads()).toBe(2);
    expect(await open(setup, [PROOF_ESCROW_ID, PAID_ESCROW_ID])).toBe(200);
    expect(await open(setup, [PAID_ESCROW_ID, PENDING_ESCROW_ID])).toBe(200);
    expect(setup.escrowReads()).toBe(3);
    expect(await open(setup, [PAID_ESCROW_ID], 'shouting-buyer-token')).toBe(200);
    expect(setup.escrowReads()).toBe(3);
    expect(await open(setup, [PAID_ESCROW_ID], 'seller-token')).toBe(200);
    expect(setup.escrowReads()).toBe(4);
    expect(await open(setup, [PAID_ESCROW_ID], 'stranger-token')).toBe(403);
    expect(await open(setup, [PAID_ESCROW_ID], 'stranger-token')).toBe(403);
    expect(setup.escrowReads()).toBe(5);

    vi.setSystemTime(Date.now() + 60_001);
    expect(await open(setup, [PAID_ESCROW_ID, PROOF_ESCROW_ID])).toBe(200);
    expect(setup.escrowReads()).toBe(7);
  });

  it('remembers no failure of DHMAD’s, and nothing with authorizationTtlMs: 0', async () => {
    const setup = setupStreamProxy();
    expect(await open(setup, ['aaaaaaaaaaaaaaaaaaaaaaaa'])).toBe(404);
    expect(await open(setup, ['aaaaaaaaaaaaaaaaaaaaaaaa'])).toBe(404);
    expect(setup.escrowReads()).toBe(2);
    const uncached = setupStreamProxy({ events: { authorizationTtlMs: 0 } });
    expect(await open(uncached, [PAID_ESCROW_ID])).toBe(200);
    expect(await open(uncached, [PAID_ESCROW_ID])).toBe(200);
    expect(uncached.escrowReads()).toBe(2);
  });
});
