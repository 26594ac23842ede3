// @vitest-environment node
import { createEscrowClient, type EscrowApiError } from '@kit/hooks';
import type { Fault } from '@kit/mock';
import { describe, expect, it, vi } from 'vitest';
import type { UpstreamFetch } from './callUpstream';
import { createEscrowProxy, type EscrowProxyOptions, MAX_BODY_BYTES } from './createEscrowProxy';
import { API_KEY, API_KEY_SECRET } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import {
  BUYER,
  CALLBACK_URL,
  createTestUpstream,
  PAID_ESCROW_ID,
  PROOF_ESCROW_ID,
  SELLER,
} from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { getUserFromCookie } from './test/getUserFromCookie';
import { signedIn } from './test/signedIn';

const log = createResponseLog();
const APP = 'https://shop.example';
/** The buyer's review session, created by `setup` on DHMAD's own API. */
let SESSION_ID = '';

async function setup(overrides: Partial<EscrowProxyOptions> = {}) {
  const dhmad = createTestUpstream(API_KEY);
  SESSION_ID = await dhmad.createSession(PROOF_ESCROW_ID, 'review_proof', BUYER);
  const onError = vi.fn();
  const proxy = log.wrap(
    createEscrowProxy({
      apiKey: API_KEY,
      getUser: getUserFromCookie,
      redirectUrl: CALLBACK_URL,
      fetch: dhmad.fetch,
      onError,
      ...overrides,
    }),
  );
  /** `@kit/hooks`' own client, as a page signed in with `token` would use it. */
  const client = (token = 'buyer-token') =>
    createEscrowClient({
      baseUrl: `${APP}/api/escrow`,
      headers: signedIn(token),
      fetch: (input, init) => proxy(new Request(input as string, init)),
    });
  const posted = () => dhmad.received.filter((r) => r.method === 'POST');
  return { dhmad, proxy, client, onError, posted };
}

const request = (path: string, init: RequestInit & { token?: string | null } = {}) => {
  const { token = 'buyer-token', headers, ...rest } = init;
  return new Request(`${APP}/api/escrow${path}`, {
    ...rest,
    headers: { ...(token === null ? {} : signedIn(token)), ...(headers as Record<string, string>) },
  });
};

const postSession = (id: string, body: unknown, token = 'buyer-token') =>
  request(`/escrows/${id}/sessions`, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const ROUTES = [
  ['GET escrows/:id', () => request(`/escrows/${PAID_ESCROW_ID}`)],
  ['GET escrows/:id/proof', () => request(`/escrows/${PROOF_ESCROW_ID}/proof`)],
  ['POST escrows/:id/sessions', () => postSession(PROOF_ESCROW_ID, { action: 'dispute' })],
  ['GET sessions/:id', () => request(`/sessions/${SESSION_ID}`)],
] as const;

const withToken = (make: () => Request, token: string | null) => {
  const original = make();
  const headers = new Headers(original.headers);
  headers.delete('Cookie');
  if (token !== null) headers.set('Cookie', `sid=${token}`);
  return new Request(original, { headers });
};

async function errorOf(promise: Promise<unknown>): Promise<EscrowApiError> {
  try {
    await promise;
  } catch (error) {
    return error as EscrowApiError;
  }
  throw new Error('expected the request to fail');
}

describe('who may call', () => {
  it.each(ROUTES)(
    '%s: no signed-in user → 401 UNAUTHENTICATED, DHMAD not called',
    async (_, make) => {
      for (const token of [null, 'forged-token']) {
        const { dhmad, proxy } = await setup();
        const response = await proxy(withToken(make, token));
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'UNAUTHENTICATED', type: 'proxy_error', message: 'Sign in to continue.' },
        });
        expect(dhmad.received).toEqual([]);
      }
    },
  );

  it('treats a user without an email as signed out', async () => {
    const { proxy } = await setup({ getUser: () => ({ email: '  ' }) });
    expect((await proxy(request(`/escrows/${PAID_ESCROW_ID}`))).status).toBe(401);
  });

  it.each(ROUTES)('%s: a signed-in user who is not a party → 403 FORBIDDEN', async (_, make) => {
    const { proxy, posted } = await setup();
    const response = await proxy(withToken(make, 'stranger-token'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: 'FORBIDDEN', type: 'proxy_error' },
    });
    expect(posted()).toEqual([]);
  });

  it.each(ROUTES)(
    '%s: the party is let through (emails compared case-insensitively)',
    async (_, make) => {
      const { proxy } = await setup();
      // The app knows the buyer as " Buyer@EXAMPLE.com"; DHMAD as "buyer@example.com".
      expect((await proxy(withToken(make, 'shouting-buyer-token'))).status).toBeLessThan(300);
    },
  );

  it('lets a session be read by its target user only, even by the other party', async () => {
    const { client } = await setup();
    await expect(client('buyer-token').getSession(SESSION_ID)).resolves.toMatchObject({
      targetUserEmail: BUYER,
    });
    const error = await errorOf(client('seller-token').getSession(SESSION_ID));
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', type: 'proxy_error' });
  });

  it('uses a custom authorize, with the user and DHMAD’s escrow, and allows only `true`', async () => {
    const authorize = vi.fn((user: { email: string }) => user.email === 'stranger@example.com');
    const { proxy } = await setup({ authorize });
    expect(
      (await proxy(request(`/escrows/${PAID_ESCROW_ID}`, { token: 'stranger-token' }))).status,
    ).toBe(200);
    expect(authorize).toHaveBeenCalledWith(
      { email: 'stranger@example.com' },
      expect.objectContaining({ id: PAID_ESCROW_ID, status: 'paid' }),
      expect.any(Request),
    );
    expect((await proxy(request(`/escrows/${PAID_ESCROW_ID}`))).status).toBe(403);
  });

  it('does not let the proof through when the escrow check fails', async () => {
    const { proxy } = await setup();
    const response = await proxy(
      request(`/escrows/${PROOF_ESCROW_ID}/proof`, { token: 'stranger-token' }),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('submitted_waiting_buyer_review');
  });
});

describe('what a session may say', () => {
  it('fills targetUserEmail with the signed-in user’s email', async () => {
    const { proxy, posted } = await setup();
    await proxy(postSession(PROOF_ESCROW_ID, { action: 'review_proof' }));
    expect(JSON.parse(posted()[0]?.body ?? '')).toEqual({
      action: 'review_proof',
      targetUserEmail: BUYER,
      redirectUrl: CALLBACK_URL,
    });
  });

  it('accepts the user’s own email in another case, and sends the signed-in form', async () => {
    const { proxy, posted } = await setup();
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, {
        action: 'review_proof',
        targetUserEmail: ' BUYER@example.COM',
      }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').targetUserEmail).toBe(BUYER);
  });

  it('refuses another targetUserEmail with 403, DHMAD not called', async () => {
    const { client, posted } = await setup();
    const error = await errorOf(
      client().createSession(PROOF_ESCROW_ID, { action: 'submit_proof', targetUserEmail: SELLER }),
    );
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(posted()).toEqual([]);
  });

  it('sends another targetUserEmail with allowTargetOverride', async () => {
    const { proxy, posted } = await setup({ allowTargetOverride: true });
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'dispute', targetUserEmail: SELLER }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').targetUserEmail).toBe(SELLER);
  });

  it.each([
    ['another site', 'https://evil.example/steal'],
    ['the callback with extra query', `${CALLBACK_URL}?next=https://evil.example`],
    ['javascript', 'javascript:alert(1)'],
  ])('ignores a browser redirectUrl to %s and sends the configured one', async (_, redirectUrl) => {
    const { proxy, posted } = await setup();
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(CALLBACK_URL);
  });

  it('keeps a browser redirectUrl equal to the configured one', async () => {
    const { proxy, posted } = await setup();
    await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl: CALLBACK_URL }),
    );
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(CALLBACK_URL);
  });

  it('asks resolveRedirectUrl per request, with what the browser asked for', async () => {
    const resolveRedirectUrl = vi.fn(
      (_request: Request, context: { escrowId: string }) =>
        `https://shop.example/orders/${context.escrowId}/done`,
    );
    const { dhmad, proxy, posted } = await setup({ redirectUrl: undefined, resolveRedirectUrl });
    dhmad.simulator.setAllowedRedirectUrls([
      CALLBACK_URL,
      `https://shop.example/orders/${PROOF_ESCROW_ID}/done`,
    ]);
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl: 'https://evil.example' }),
    );
    expect(response.status).toBe(201);
    expect(resolveRedirectUrl).toHaveBeenCalledWith(expect.any(Request), {
      user: { email: BUYER },
      escrowId: PROOF_ESCROW_ID,
      action: 'review_proof',
      requestedRedirectUrl: 'https://evil.example',
    });
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(
      `https://shop.example/orders/${PROOF_ESCROW_ID}/done`,
    );
  });

  it('answers 500 and reports when resolveRedirectUrl returns no usable URL', async () => {
    const { proxy, posted, onError } = await setup({
      redirectUrl: undefined,
      resolveRedirectUrl: () => 'http://shop.example/done',
    });
    const response = await proxy(postSession(PROOF_ESCROW_ID, { action: 'review_proof' }));
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledOnce();
    expect(posted()).toEqual([]);
  });
});

describe('what reaches DHMAD', () => {
  it('carries the API key and none of the browser’s headers', async () => {
    const { dhmad, proxy } = await setup();
    for (const [, make] of ROUTES) {
      const original = make();
      const headers = new Headers(original.headers);
      headers.set('X-Forwarded-For', '203.0.113.9');
      headers.set('X-API-Key', 'browser-supplied');
      await proxy(new Request(original, { headers }));
    }
    expect(dhmad.received.length).toBe(6);
    for (const received of dhmad.received) {
      expect(Object.keys(received.headers).sort()).toEqual(
        received.method === 'POST'
          ? ['accept', 'authorization', 'content-type']
          : ['accept', 'authorization'],
      );
      expect(received.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(JSON.stringify(received)).not.toMatch(
        /browser-user-token|sid=|theme=dark|browser-supplied/,
      );
    }
  });

  it.each([
    ['an encoded slash', `/escrows/..%2F..%2Fme`],
    ['an encoded backslash', `/escrows/abc%5C..%5Cme`],
    ['an encoded dot-dot in a session id', '/sessions/%2E%2E%2Fme'],
    ['a NUL byte', '/escrows/abc%00'],
    ['a space', '/escrows/abc%20def/proof'],
    ['a 65-character id', `/escrows/${'a'.repeat(65)}`],
    ['a query-looking id', '/sessions/abc%3Fx%3D1'],
  ])('refuses an id with %s: 400 INVALID_ID, DHMAD not called', async (_, path) => {
    const { dhmad, proxy } = await setup();
    const response = await proxy(request(path));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ID' } });
    expect(dhmad.received).toEqual([]);
  });

  it('never lets a path outside the contract reach DHMAD, even through dot segments', async () => {
    const { dhmad, proxy } = await setup();
    for (const path of [
      '/escrows/../../v1/me',
      '/escrows/%2e%2e/%2e%2e/balance',
      `/escrows/${PAID_ESCROW_ID}/../../../escrows`,
      '/sessions/./../me',
    ]) {
      expect((await proxy(request(path))).status).toBe(404);
    }
    expect(dhmad.received).toEqual([]);
  });
});

describe('what a session request may carry', () => {
  it('answers 413 for a declared Content-Length over the limit, without reading', async () => {
    const { proxy, posted } = await setup();
    const body = new ReadableStream<Uint8Array>({
      pull: () => {
        throw new Error('the body must not be read');
      },
    });
    const response = await proxy(
      request(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(MAX_BODY_BYTES + 1),
        },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(posted()).toEqual([]);
  });

  it('answers 413 for an undeclared body that streams past 16 kB, and stops reading', async () => {
    const { proxy, posted } = await setup();
    let pulled = 0;
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
        if (pulled === 100) controller.close();
      },
    });
    const response = await proxy(
      request(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(30);
    expect(posted()).toEqual([]);
  });

  it('accepts a body of exactly 16 kB', async () => {
    const { proxy } = await setup();
    const json = JSON.stringify({ action: 'review_proof' });
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, json + ' '.repeat(MAX_BODY_BYTES - json.length)),
    );
    expect(response.status).toBe(201);
  });

  it.each([
    ['not JSON', '{action: review_proof}', 'INVALID_JSON'],
    ['empty', '', 'INVALID_JSON'],
    ['an array', '[]', 'INVALID_BODY'],
    ['a string', '"review_proof"', 'INVALID_BODY'],
    ['a number as targetUserEmail', { action: 'review_proof', targetUserEmail: 7 }, 'INVALID_BODY'],
    ['an object as redirectUrl', { action: 'review_proof', redirectUrl: {} }, 'INVALID_BODY'],
    ['no action', {}, 'INVALID_ACTION'],
    ['an unknown action', { action: 'release_funds' }, 'INVALID_ACTION'],
    ['an upper-case action', { action: 'DISPUTE' }, 'INVALID_ACTION'],
    ['a numeric action', { action: 3 }, 'INVALID_ACTION'],
    ['metadata as a string', { action: 'dispute', metadata: 'ord_1' }, 'INVALID_METADATA'],
    ['metadata as an array', { action: 'dispute', metadata: ['ord_1'] }, 'INVALID_METADATA'],
    ['a number in metadata', { action: 'dispute', metadata: { n: 1 } }, 'INVALID_METADATA'],
    [
      'an object in metadata',
      { action: 'dispute', metadata: { o: { a: 'b' } } },
      'INVALID_METADATA',
    ],
    [
      'a 501-character value',
      { action: 'dispute', metadata: { note: 'x'.repeat(501) } },
      'INVALID_METADATA',
    ],
  ])('answers 400 for a body with %s, DHMAD not called', async (_, body, code) => {
    const { proxy, posted } = await setup();
    const response = await proxy(postSession(PROOF_ESCROW_ID, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code, type: 'proxy_error' } });
    expect(posted()).toEqual([]);
  });

  it('answers 400 INVALID_JSON for bytes that are not UTF-8', async () => {
    const { proxy } = await setup();
    const response = await proxy(
      request(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      }),
    );
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_JSON' } });
  });

  it('sends metadata values of 500 characters, and only the known fields', async () => {
    const { proxy, posted } = await setup();
    const metadata = { note: 'é'.repeat(500), order_id: 'ord_123' };
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, {
        action: 'review_proof',
        metadata,
        escrowId: 'other',
        amount: 1,
      }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '')).toEqual({
      action: 'review_proof',
      targetUserEmail: BUYER,
      redirectUrl: CALLBACK_URL,
      metadata,
    });
  });

  it('answers 415 to a session request that is not declared JSON (no cross-site form posts)', async () => {
    const { proxy, posted } = await setup();
    const response = await proxy(
      request(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ action: 'dispute' }),
      }),
    );
    expect(response.status).toBe(415);
    expect(posted()).toEqual([]);
  });
});

describe('when DHMAD fails', () => {
  const expectProxyError = async (
    context: Awaited<ReturnType<typeof setup>>,
    status: number,
    code: string,
  ) => {
    const started = Date.now();
    const error = await errorOf(context.client().getEscrow(PAID_ESCROW_ID));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toMatchObject({ name: 'EscrowApiError', status, code, type: 'proxy_error' });
    expect(context.onError).toHaveBeenCalledOnce();
    expect(String(context.onError.mock.calls[0]?.[0])).not.toContain(API_KEY_SECRET);
  };

  it.each([
    ['is slower than timeoutMs', 504, 'UPSTREAM_TIMEOUT', { type: 'latency', ms: 1000 }],
    ['cannot be reached', 502, 'UPSTREAM_UNAVAILABLE', { type: 'network' }],
    ['answers an HTML error page', 502, 'UPSTREAM_INVALID_RESPONSE', { type: 'html502' }],
  ] satisfies [string, number, string, Fault][])(
    'when the simulator %s → %i %s, which the hooks read, and onError hears of it',
    async (_, status, code, fault) => {
      const context = await setup({ timeoutMs: 50 });
      context.dhmad.simulator.faults.set('all', fault);
      await expectProxyError(context, status, code);
    },
  );

  it.each([
    ['answers 200 with a non-JSON body', async () => new Response('OK', { status: 200 })],
    ['answers 200 without an escrow', async () => new Response('{"data":{}}', { status: 200 })],
    [
      'redirects',
      async () =>
        new Response('{}', { status: 302, headers: { Location: 'https://elsewhere.example/' } }),
    ],
  ] satisfies [string, UpstreamFetch][])(
    'when DHMAD %s → 502 UPSTREAM_INVALID_RESPONSE',
    async (_, fetch) => {
      await expectProxyError(await setup({ fetch }), 502, 'UPSTREAM_INVALID_RESPONSE');
    },
  );

  it('passes a 429 through with Retry-After and retryAfter', async () => {
    const { dhmad, client, proxy } = await setup();
    dhmad.simulator.faults.set('all', { type: 'rateLimit', retryAfter: 3600 });
    const response = await proxy(request(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('3600');
    expect(await response.json()).toEqual({
      error: 'Too Many Requests',
      message: 'Rate limit exceeded. Please try again later.',
      retryAfter: 3600,
    });
    expect(await errorOf(client().getProof(PROOF_ESCROW_ID))).toMatchObject({
      status: 429,
      retryAfter: 3600,
    });
  });

  it('passes no other header of DHMAD’s on', async () => {
    const { proxy } = await setup({
      fetch: async () =>
        new Response('{"error":"Escrow not found"}', {
          status: 404,
          headers: { 'Set-Cookie': 'dhmad=1', 'X-Internal': 'x', 'Retry-After': 'soon; evil' },
        }),
    });
    const response = await proxy(request(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(404);
    expect([...response.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'x-content-type-options',
    ]);
  });

  it('withholds an answer that contains the API key', async () => {
    const { proxy, onError } = await setup({
      fetch: async (_url, init) =>
        new Response(
          JSON.stringify({
            error: 'Unauthorized',
            echo: new Headers(init.headers).get('Authorization'),
          }),
          { status: 401 },
        ),
    });
    const response = await proxy(request(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(API_KEY_SECRET);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('passes DHMAD’s 401 (a refused key) through, and tells onError', async () => {
    const { proxy, onError } = await setup({ apiKey: `sk_sandbox_${'0'.repeat(64)}` });
    const response = await proxy(request(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Unauthorized' });
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/refused the API key/);
  });
});

describeEveryResponse(log, 70);
