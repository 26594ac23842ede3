// @vitest-environment node
import { createEscrowClient } from '@kit/hooks';
import { describe, expect, it, vi } from 'vitest';
import type { UpstreamFetch } from './callUpstream';
import { createEscrowProxy } from './createEscrowProxy';
import { API_KEY } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import { CALLBACK_URL, PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { getUserFromCookie } from './test/getUserFromCookie';
import { errorOf, proxyRequest } from './test/setupProxy';

const log = createResponseLog();
const LIVE_KEY = `sk_live_${'ab'.repeat(32)}`;
const base = { getUser: getUserFromCookie, redirectUrl: CALLBACK_URL };

/** A proxy whose DHMAD records the URLs it is called at and knows no escrow. */
function recordingProxy(options: { apiKey: string; apiBaseUrl?: string }) {
  const urls: string[] = [];
  const proxy = log.wrap(
    createEscrowProxy({
      ...base,
      ...options,
      fetch: async (url) => {
        urls.push(url);
        return new Response('{"error":"Escrow not found"}', { status: 404 });
      },
    }),
  );
  return { proxy, urls };
}

describe('createEscrowProxy: the API key and DHMAD’s API root', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a publishable-looking key', `pk_live_${'ab'.repeat(32)}`],
    ['one hex digit short', `sk_live_${'ab'.repeat(31)}a`],
    ['upper-case hex', `sk_sandbox_${'AB'.repeat(32)}`],
    ['not a string', 42],
  ])(
    'refuses an apiKey that is %s on the first request, not at construction, without printing it',
    async (_, apiKey) => {
      const onError = vi.fn();
      const getUser = vi.fn(getUserFromCookie);
      const fetch = vi.fn<UpstreamFetch>();
      const create = () =>
        createEscrowProxy({ ...base, getUser, apiKey: apiKey as string, fetch, onError });
      expect(create).not.toThrow();
      const proxy = log.wrap(create());

      for (const request of [
        proxyRequest(`/escrows/${PAID_ESCROW_ID}`),
        proxyRequest('/sessions/s1'),
      ]) {
        const response = await proxy(request);
        expect(response.status).toBe(500);
        expect(await response.json()).toEqual({
          error: {
            code: 'MISCONFIGURED',
            type: 'proxy_error',
            message:
              'The escrow proxy is misconfigured: check its `apiKey` option (the server log says why).',
          },
        });
      }
      expect(onError).toHaveBeenCalledTimes(2);
      const [error, request] = onError.mock.calls[0] ?? [];
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/`apiKey` must be a DHMAD secret key/);
      expect(request).toBeInstanceOf(Request);
      if (typeof apiKey === 'string' && apiKey.length > 8) {
        expect((error as Error).message).not.toContain(apiKey.slice(8, 30));
      }
      expect(getUser).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('reaches the hooks as an EscrowApiError with the code', async () => {
    const proxy = log.wrap(createEscrowProxy({ ...base, apiKey: '', onError: () => {} }));
    const client = createEscrowClient({
      baseUrl: 'https://shop.example/api/escrow',
      fetch: (input, init) => proxy(new Request(input as string, init)),
    });
    const error = await errorOf(client.getEscrow(PAID_ESCROW_ID));
    expect(error).toMatchObject({ status: 500, code: 'MISCONFIGURED', type: 'proxy_error' });
  });

  it.each([
    [LIVE_KEY, `https://dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`],
    [API_KEY, `https://sandbox.dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`],
  ])('chooses DHMAD’s API root from the key’s prefix (%#)', async (apiKey, expected) => {
    const { proxy, urls } = recordingProxy({ apiKey });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(404);
    expect(urls).toEqual([expected]);
  });

  it('calls a given apiBaseUrl, trailing slash or not', async () => {
    const { proxy, urls } = recordingProxy({
      apiKey: API_KEY,
      apiBaseUrl: 'http://127.0.0.1:4010/api/v1/',
    });
    await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(urls).toEqual([`http://127.0.0.1:4010/api/v1/escrows/${PAID_ESCROW_ID}`]);
  });

  it.each([
    ['plain HTTP off loopback', 'http://dhmad.tn/api/v1', /https:\/\//],
    ['a relative URL', '/api/v1', /https:\/\//],
    ['credentials in the URL', 'https://user:pw@dhmad.tn/api/v1', /credentials/],
  ])('refuses an apiBaseUrl with %s at construction', (_, apiBaseUrl, message) => {
    expect(() => createEscrowProxy({ ...base, apiKey: API_KEY, apiBaseUrl })).toThrow(message);
  });

  it.each([
    ['a live key on the sandbox host', LIVE_KEY, 'https://sandbox.dhmad.tn/api/v1', /live key/],
    ['a sandbox key on the live host', API_KEY, 'https://dhmad.tn/api/v1', /sandbox key/],
  ])(
    'refuses an apiBaseUrl with %s on the first request',
    async (_, apiKey, apiBaseUrl, message) => {
      const onError = vi.fn();
      const proxy = log.wrap(createEscrowProxy({ ...base, apiKey, apiBaseUrl, onError }));
      const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({
        error: { code: 'MISCONFIGURED', message: expect.stringContaining('`apiBaseUrl`') },
      });
      expect(String(onError.mock.calls[0]?.[0])).toMatch(message);
    },
  );
});

describeEveryResponse(log, 18);
