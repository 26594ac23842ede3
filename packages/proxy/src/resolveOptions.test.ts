// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEscrowProxy } from './createEscrowProxy';
import type { EscrowProxyOptions } from './EscrowProxyOptions';
import { API_KEY } from './test/apiKey';
import { CALLBACK_URL, PAID_ESCROW_ID } from './test/createTestUpstream';
import { getUserFromCookie } from './test/getUserFromCookie';
import { proxyRequest } from './test/setupProxy';

const base = { apiKey: API_KEY, getUser: getUserFromCookie, redirectUrl: CALLBACK_URL };

describe('createEscrowProxy: options of the wrong shape throw at construction', () => {
  it.each([
    ['no getUser', { getUser: undefined }, /getUser/],
    [
      'both redirect options',
      { resolveRedirectUrl: () => CALLBACK_URL },
      /exactly one of `redirectUrl`/,
    ],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a timeout setTimeout cannot hold', { timeoutMs: 2 ** 31 }, /timeoutMs/],
    ['a fetch that is not a function', { fetch: 'https://dhmad.tn' }, /`fetch` must be a function/],
    ['a basePath without a slash', { basePath: 'api/escrow' }, /basePath/],
    ['a basePath with a route pattern', { basePath: '/api/:tenant' }, /basePath/],
    [
      'allowedOrigins that is not a list',
      { allowedOrigins: 'https://a.example' },
      /allowedOrigins/,
    ],
    [
      'an allowed origin with a path',
      { allowedOrigins: ['https://a.example/app'] },
      /allowedOrigins/,
    ],
    ['an allowed origin without a scheme', { allowedOrigins: ['a.example'] }, /allowedOrigins/],
    ['"null" as an allowed origin', { allowedOrigins: ['null'] }, /allowedOrigins/],
  ])('refuses %s at construction', (_, overrides, message) => {
    const options = { ...base, ...overrides } as EscrowProxyOptions;
    expect(() => createEscrowProxy(options)).toThrow(message);
  });

  it('refuses something that is not an options object', () => {
    expect(() => createEscrowProxy(undefined as unknown as EscrowProxyOptions)).toThrow(
      /pass an options object/,
    );
  });
});

describe('createEscrowProxy: a redirect URL known only at run time', () => {
  it.each([
    ['missing (an unset environment variable)', undefined, /exactly one of `redirectUrl`/],
    ['plain http', 'http://shop.example/cb', /https:\/\//],
    ['not a URL', 'undefined/checkout/return', /https:\/\//],
  ])(
    'is checked on the first request when %s, not at construction',
    async (_, redirectUrl, why) => {
      const onError = vi.fn();
      const fetch = vi.fn();
      const create = () => createEscrowProxy({ ...base, redirectUrl, fetch, onError });
      expect(create).not.toThrow();
      const response = await create()(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: {
          code: 'MISCONFIGURED',
          type: 'proxy_error',
          message:
            'The escrow proxy is misconfigured: check its `redirectUrl` option (the server log says why).',
        },
      });
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
      expect(String(onError.mock.calls[0]?.[0])).toMatch(why);
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});
