// @vitest-environment node
import { createEscrowClient } from '@kit/hooks';
import { describe, expect, it } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID, PROOF_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { errorOf, setupProxy } from './test/setupProxy';
import { signedIn } from './test/signedIn';

const log = createResponseLog();
const ADMIN = 'https://admin.shop.example';

/** The buyer's session request, sent to the proxy at `url` with the browser headers given. */
const sessionRequest = (headers: Record<string, string>, url = 'https://shop.example') =>
  new Request(`${url}/api/escrow/escrows/${PROOF_ESCROW_ID}/sessions`, {
    method: 'POST',
    headers: { ...signedIn('buyer-token'), 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ action: 'review_proof' }),
  });

describe('where a POST comes from (OWASP CSRF cheat sheet, defence in depth)', () => {
  it.each([
    ['the app’s own origin', { Origin: 'https://shop.example', 'Sec-Fetch-Site': 'same-origin' }],
    ['an allowed other origin', { Origin: ADMIN, 'Sec-Fetch-Site': 'same-site' }],
    ['a client that sends neither Origin nor Sec-Fetch-Site (a server, a script)', {}],
    ['a browser navigation typed by the user', { 'Sec-Fetch-Site': 'none' }],
  ])('lets a POST from %s through', async (_, headers) => {
    const { proxy, posted } = await setupProxy(log, { allowedOrigins: [ADMIN] });
    const response = await proxy(sessionRequest(headers));
    expect(response.status).toBe(201);
    expect(posted()).toHaveLength(1);
  });

  it.each([
    ['a foreign origin', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
    ['a foreign origin without Sec-Fetch-Site', { Origin: 'https://evil.example' }],
    ['a sibling origin not in allowedOrigins', { Origin: 'https://blog.shop.example' }],
    ['Sec-Fetch-Site: cross-site without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Origin: null (a sandboxed frame)', { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }],
    ['Origin: null without Sec-Fetch-Site', { Origin: 'null' }],
    ['the app’s origin on another port', { Origin: 'https://shop.example:8443' }],
  ])(
    'answers a POST from %s with 403 ORIGIN_NOT_ALLOWED, before anything else',
    async (_, headers) => {
      const { dhmad, proxy } = await setupProxy(log, {
        allowedOrigins: [ADMIN],
        getUser: () => {
          throw new Error('getUser must not run for a refused origin');
        },
      });
      const response = await proxy(sessionRequest(headers));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: {
          code: 'ORIGIN_NOT_ALLOWED',
          type: 'proxy_error',
          message: 'This request comes from a page the escrow proxy does not serve.',
        },
      });
      expect(dhmad.received).toEqual([]);
    },
  );

  it('reaches the hooks as an EscrowApiError with the code', async () => {
    const { proxy } = await setupProxy(log);
    const client = createEscrowClient({
      baseUrl: 'https://shop.example/api/escrow',
      headers: { ...signedIn('buyer-token'), Origin: 'https://evil.example' },
      fetch: (input, init) => proxy(new Request(input as string, init)),
    });
    const error = await errorOf(client.createSession(PROOF_ESCROW_ID, { action: 'review_proof' }));
    expect(error).toMatchObject({ status: 403, code: 'ORIGIN_NOT_ALLOWED', type: 'proxy_error' });
  });

  it('does not check reads: a GET from another origin is answered as usual', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(
      new Request(`https://shop.example/api/escrow/escrows/${PAID_ESCROW_ID}`, {
        headers: { ...signedIn('buyer-token'), Origin: 'https://evil.example' },
      }),
    );
    expect(response.status).toBe(200);
  });

  describe('behind a proxy that terminates TLS (the request URL says http:)', () => {
    const behindTls = (headers: Record<string, string>) =>
      sessionRequest(headers, 'http://shop.example');

    it('lets the app’s own pages through when the browser says Sec-Fetch-Site: same-origin', async () => {
      const { proxy } = await setupProxy(log);
      const response = await proxy(
        behindTls({ Origin: 'https://shop.example', 'Sec-Fetch-Site': 'same-origin' }),
      );
      expect(response.status).toBe(201);
    });

    it('needs the public origin in allowedOrigins for browsers without Sec-Fetch-Site', async () => {
      const refused = await (await setupProxy(log)).proxy(
        behindTls({ Origin: 'https://shop.example' }),
      );
      expect(refused.status).toBe(403);
      const allowed = await (
        await setupProxy(log, { allowedOrigins: ['https://shop.example/'] })
      ).proxy(behindTls({ Origin: 'https://shop.example' }));
      expect(allowed.status).toBe(201);
    });
  });
});

describeEveryResponse(log, 16);
