// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEscrowProxy, type EscrowProxyOptions } from './createEscrowProxy';
import { API_KEY } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import {
  BUYER,
  CALLBACK_URL,
  createTestUpstream,
  PAID_ESCROW_ID,
  PROOF_ESCROW_ID,
} from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { getUserFromCookie } from './test/getUserFromCookie';
import { signedIn } from './test/signedIn';

const log = createResponseLog();
const APP = 'https://shop.example';
const LIVE_KEY = `sk_live_${'ab'.repeat(32)}`;

function setup(overrides: Partial<EscrowProxyOptions> = {}) {
  const dhmad = createTestUpstream(API_KEY);
  const proxy = log.wrap(
    createEscrowProxy({
      apiKey: API_KEY,
      getUser: getUserFromCookie,
      redirectUrl: CALLBACK_URL,
      fetch: dhmad.fetch,
      onError: () => {},
      ...overrides,
    }),
  );
  return { dhmad, proxy };
}

const get = (path: string, token = 'buyer-token', method = 'GET') =>
  new Request(`${APP}${path}`, { method, headers: signedIn(token) });

const post = (path: string, body: unknown, token = 'buyer-token') =>
  new Request(`${APP}${path}`, {
    method: 'POST',
    headers: { ...signedIn(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('createEscrowProxy: options', () => {
  const base = { getUser: getUserFromCookie, redirectUrl: CALLBACK_URL };

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a publishable-looking key', `pk_live_${'ab'.repeat(32)}`],
    ['one hex digit short', `sk_live_${'ab'.repeat(31)}a`],
    ['upper-case hex', `sk_sandbox_${'AB'.repeat(32)}`],
    ['not a string', 42],
  ])('refuses an apiKey that is %s, without printing it', (_, apiKey) => {
    const create = () => createEscrowProxy({ ...base, apiKey: apiKey as string });
    expect(create).toThrow(TypeError);
    expect(create).toThrow(/`apiKey` must be a DHMAD secret key/);
    if (typeof apiKey === 'string' && apiKey.length > 8) {
      let message = '';
      try {
        create();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toContain(apiKey.slice(8, 30));
    }
  });

  it.each([
    [LIVE_KEY, `https://dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`],
    [API_KEY, `https://sandbox.dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`],
  ])('chooses DHMAD’s API root from the key’s prefix (%#)', async (apiKey, expected) => {
    const urls: string[] = [];
    const proxy = log.wrap(
      createEscrowProxy({
        ...base,
        apiKey,
        fetch: async (url) => {
          urls.push(url);
          return new Response('{"error":"Escrow not found"}', { status: 404 });
        },
      }),
    );
    const response = await proxy(get(`/api/escrow/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(404);
    expect(urls).toEqual([expected]);
  });

  it('calls a given apiBaseUrl, trailing slash or not', async () => {
    const urls: string[] = [];
    const proxy = log.wrap(
      createEscrowProxy({
        ...base,
        apiKey: API_KEY,
        apiBaseUrl: 'http://127.0.0.1:4010/api/v1/',
        fetch: async (url) => {
          urls.push(url);
          return new Response('{"error":"Escrow not found"}', { status: 404 });
        },
      }),
    );
    await proxy(get(`/api/escrow/escrows/${PAID_ESCROW_ID}`));
    expect(urls).toEqual([`http://127.0.0.1:4010/api/v1/escrows/${PAID_ESCROW_ID}`]);
  });

  it.each([
    ['plain HTTP off loopback', API_KEY, 'http://dhmad.tn/api/v1', /https:\/\//],
    ['a relative URL', API_KEY, '/api/v1', /https:\/\//],
    ['credentials in the URL', API_KEY, 'https://user:pw@dhmad.tn/api/v1', /credentials/],
    ['a live key on the sandbox host', LIVE_KEY, 'https://sandbox.dhmad.tn/api/v1', /live key/],
    ['a sandbox key on the live host', API_KEY, 'https://dhmad.tn/api/v1', /sandbox key/],
  ])('refuses an apiBaseUrl with %s', (_, apiKey, apiBaseUrl, message) => {
    expect(() => createEscrowProxy({ ...base, apiKey, apiBaseUrl })).toThrow(message);
  });

  it.each([
    ['no getUser', { getUser: undefined }, /getUser/],
    ['no redirect URL', { redirectUrl: undefined }, /exactly one of `redirectUrl`/],
    [
      'both redirect options',
      { resolveRedirectUrl: () => CALLBACK_URL },
      /exactly one of `redirectUrl`/,
    ],
    ['an http redirect URL', { redirectUrl: 'http://shop.example/cb' }, /https:\/\//],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a timeout setTimeout cannot hold', { timeoutMs: 2 ** 31 }, /timeoutMs/],
    ['a fetch that is not a function', { fetch: 'https://dhmad.tn' }, /`fetch` must be a function/],
    ['a basePath without a slash', { basePath: 'api/escrow' }, /basePath/],
  ])('refuses %s at construction', (_, overrides, message) => {
    const options = { ...base, apiKey: API_KEY, ...overrides } as EscrowProxyOptions;
    expect(() => createEscrowProxy(options)).toThrow(message);
  });
});

describe('createEscrowProxy: the proxy contract', () => {
  it('GET escrows/:id answers DHMAD’s { escrow } byte for byte, JSON, never cached', async () => {
    const { dhmad, proxy } = setup();
    const response = await proxy(get(`/api/escrow/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const upstream = await dhmad.simulator.handle(
      new Request(`https://sandbox.dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`, {
        headers: { Authorization: `Bearer ${API_KEY}` },
      }),
    );
    expect(await response.text()).toBe(await upstream.text());
  });

  it('GET escrows/:id/proof answers { proof }', async () => {
    const { proxy } = setup();
    const response = await proxy(get(`/api/escrow/escrows/${PROOF_ESCROW_ID}/proof`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      proof: { phase: 'submitted_waiting_buyer_review' },
    });
  });

  it('POST escrows/:id/sessions answers { sessionId, url, expiresAt }, then GET sessions/:id reads it', async () => {
    const { proxy } = setup();
    const created = await proxy(
      post(`/api/escrow/escrows/${PROOF_ESCROW_ID}/sessions`, {
        action: 'review_proof',
        metadata: { order_id: 'ord_123' },
      }),
    );
    expect(created.status).toBe(201); // the simulator's status, passed through
    const { sessionId, url, expiresAt } = (await created.json()) as Record<string, string>;
    expect(url).toBe(`https://sandbox.dhmad.tn/checkout/${sessionId}`);
    expect(Number.isNaN(Date.parse(expiresAt as string))).toBe(false);

    const read = await proxy(get(`/api/escrow/sessions/${sessionId}`));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      session: {
        sessionId,
        escrowId: PROOF_ESCROW_ID,
        action: 'review_proof',
        targetUserEmail: BUYER,
        metadata: { order_id: 'ord_123' },
      },
    });
  });

  it('serves under a custom basePath, and nothing under the default one then', async () => {
    const { proxy } = setup({ basePath: '/internal/dhmad/' });
    expect((await proxy(get(`/internal/dhmad/escrows/${PAID_ESCROW_ID}`))).status).toBe(200);
    expect((await proxy(get(`/api/escrow/escrows/${PAID_ESCROW_ID}`))).status).toBe(404);
  });

  it.each([
    '/api/escrow',
    '/api/escrow/',
    '/api/escrow/escrows',
    `/api/escrow/escrows/${PAID_ESCROW_ID}/`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/contract`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/proof/extra`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/deliver`,
    '/api/escrow/sessions',
    '/api/escrow/me',
    '/api/escrow/balance',
    `/api/escrowx/escrows/${PAID_ESCROW_ID}`,
    `/api/v1/escrows/${PAID_ESCROW_ID}`,
  ])('answers 404 NOT_FOUND for %s without calling DHMAD', async (path) => {
    const { dhmad, proxy } = setup();
    const response = await proxy(get(path));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: 'NOT_FOUND', type: 'proxy_error' },
    });
    expect(dhmad.received).toEqual([]);
  });

  it.each([
    ['POST', `/escrows/${PAID_ESCROW_ID}`, 'GET'],
    ['DELETE', `/escrows/${PAID_ESCROW_ID}`, 'GET'],
    ['PUT', `/escrows/${PAID_ESCROW_ID}/proof`, 'GET'],
    ['HEAD', `/escrows/${PAID_ESCROW_ID}/proof`, 'GET'],
    ['GET', `/escrows/${PAID_ESCROW_ID}/sessions`, 'POST'],
    ['PATCH', `/escrows/${PAID_ESCROW_ID}/sessions`, 'POST'],
    ['DELETE', '/sessions/550e8400-e29b-41d4-a716-446655440000', 'GET'],
    ['OPTIONS', '/sessions/550e8400-e29b-41d4-a716-446655440000', 'GET'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const { dhmad, proxy } = setup();
    const response = await proxy(get(`/api/escrow${path}`, 'buyer-token', method));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    if (method !== 'HEAD') {
      expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    expect(dhmad.received).toEqual([]);
  });

  it.each([
    [
      'an unknown escrow',
      'GET',
      `/escrows/aaaaaaaaaaaaaaaaaaaaaaaa`,
      404,
      { error: 'Escrow not found' },
    ],
    [
      'a proof of an escrow without proof policy',
      'GET',
      `/escrows/${PAID_ESCROW_ID}/proof`,
      400,
      { error: 'Bad Request', message: 'This escrow has no purchase-proof policy' },
    ],
    [
      'an unknown session',
      'GET',
      '/sessions/550e8400-e29b-41d4-a716-446655440000',
      404,
      { error: 'Checkout session not found' },
    ],
  ])('passes DHMAD’s answer for %s through unchanged', async (_, method, path, status, body) => {
    const { proxy } = setup();
    const response = await proxy(get(`/api/escrow${path}`, 'buyer-token', method));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
  });

  it('passes a business-rule 400 through with its user_message', async () => {
    const { proxy } = setup();
    const response = await proxy(
      post(`/api/escrow/escrows/${PAID_ESCROW_ID}/sessions`, { action: 'accept_pay' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'PAYMENT_ALREADY_DONE',
        type: 'business_rule_violation',
        message: 'Cannot create checkout session: payment has already been made for this escrow.',
        user_message: 'Payment has already been completed for this transaction.',
      },
    });
  });

  it('reports an unexpected failure to onError and answers a generic 500', async () => {
    const onError = vi.fn();
    const { proxy } = setup({
      onError,
      getUser: () => {
        throw new Error('session store down');
      },
    });
    const response = await proxy(get(`/api/escrow/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(body.error.message).not.toContain('session store');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'session store down' }),
      expect.any(Request),
    );
  });
});

describeEveryResponse(log, 30);
