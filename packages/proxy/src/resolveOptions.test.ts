// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEscrowProxy } from './createEscrowProxy';
import type { EscrowProxyOptions } from './EscrowProxyOptions';
import { API_KEY } from './test/apiKey';
import { CALLBACK_URL } from './test/createTestUpstream';
import { getUserFromCookie } from './test/getUserFromCookie';

const base = { apiKey: API_KEY, getUser: getUserFromCookie, redirectUrl: CALLBACK_URL };

describe('createEscrowProxy: options of the wrong shape throw at construction', () => {
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
