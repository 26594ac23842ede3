// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEscrowProxy } from './createEscrowProxy';
import { API_KEY } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import { CALLBACK_URL, PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { getUserFromCookie } from './test/getUserFromCookie';
import { proxyRequest } from './test/setupProxy';

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
    ['plain HTTP off loopback', API_KEY, 'http://dhmad.tn/api/v1', /https:\/\//],
    ['a relative URL', API_KEY, '/api/v1', /https:\/\//],
    ['credentials in the URL', API_KEY, 'https://user:pw@dhmad.tn/api/v1', /credentials/],
    ['a live key on the sandbox host', LIVE_KEY, 'https://sandbox.dhmad.tn/api/v1', /live key/],
    ['a sandbox key on the live host', API_KEY, 'https://dhmad.tn/api/v1', /sandbox key/],
  ])('refuses an apiBaseUrl with %s', (_, apiKey, apiBaseUrl, message) => {
    expect(() => createEscrowProxy({ ...base, apiKey, apiBaseUrl })).toThrow(message);
  });
});

describeEveryResponse(log, 3);
