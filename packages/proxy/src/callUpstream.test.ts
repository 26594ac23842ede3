// @vitest-environment node
import type { Fault } from '@kit/mock';
import { describe, expect, it } from 'vitest';
import type { UpstreamFetch } from './callUpstream';
import { API_KEY, API_KEY_SECRET } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { errorOf, proxyRequest, ROUTES, setupProxy } from './test/setupProxy';

const log = createResponseLog();

describe('what reaches DHMAD', () => {
  it('carries the API key and none of the browser’s headers', async () => {
    const { dhmad, proxy, sessionId } = await setupProxy(log);
    for (const [, make] of ROUTES) {
      const original = make(sessionId);
      const headers = new Headers(original.headers);
      headers.set('X-Forwarded-For', '203.0.113.9');
      headers.set('X-API-Key', 'browser-supplied');
      await proxy(new Request(original, { headers }));
    }
    // Each route's escrow check, the proof, and each POST (cancel's without a body).
    expect(dhmad.received.length).toBe(10);
    for (const received of dhmad.received) {
      expect(Object.keys(received.headers).sort()).toEqual(
        received.body === ''
          ? ['accept', 'authorization']
          : ['accept', 'authorization', 'content-type'],
      );
      expect(received.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(JSON.stringify(received)).not.toMatch(
        /browser-user-token|sid=|theme=dark|browser-supplied/,
      );
    }
  });
});

describe('when DHMAD fails', () => {
  const expectProxyError = async (
    context: Awaited<ReturnType<typeof setupProxy>>,
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
      const context = await setupProxy(log, { timeoutMs: 50 });
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
      await expectProxyError(await setupProxy(log, { fetch }), 502, 'UPSTREAM_INVALID_RESPONSE');
    },
  );

  it('withholds an answer that contains the API key', async () => {
    const { proxy, onError } = await setupProxy(log, {
      fetch: async (_url, init) =>
        new Response(
          JSON.stringify({
            error: 'Unauthorized',
            echo: new Headers(init.headers).get('Authorization'),
          }),
          { status: 401 },
        ),
    });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(API_KEY_SECRET);
    expect(onError).toHaveBeenCalledOnce();
  });
});

describeEveryResponse(log, 11);
