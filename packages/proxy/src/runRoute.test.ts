// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { proxyRequest, ROUTES, setupProxy, withToken } from './test/setupProxy';

const log = createResponseLog();

describe('who may call', () => {
  it.each(ROUTES)(
    '%s: no signed-in user → 401 UNAUTHENTICATED, DHMAD not called',
    async (_, make) => {
      for (const token of [null, 'forged-token']) {
        const { dhmad, proxy, sessionId } = await setupProxy(log);
        const response = await proxy(withToken(make(sessionId), token));
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'UNAUTHENTICATED', type: 'proxy_error', message: 'Sign in to continue.' },
        });
        expect(dhmad.received).toEqual([]);
      }
    },
  );

  it('treats a user without an email as signed out', async () => {
    const { proxy } = await setupProxy(log, { getUser: () => ({ email: '  ' }) });
    expect((await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`))).status).toBe(401);
  });
});

describe('ids stay ids', () => {
  it.each([
    ['an encoded slash', `/escrows/..%2F..%2Fme`],
    ['an encoded backslash', `/escrows/abc%5C..%5Cme`],
    ['an encoded dot-dot in a session id', '/sessions/%2E%2E%2Fme'],
    ['a NUL byte', '/escrows/abc%00'],
    ['a space', '/escrows/abc%20def/proof'],
    ['a 65-character id', `/escrows/${'a'.repeat(65)}`],
    ['a query-looking id', '/sessions/abc%3Fx%3D1'],
    ['percent-encoded letters', '/escrows/%73tatus-paid'],
  ])('refuses an id with %s: 400 INVALID_ID, DHMAD not called', async (_, path) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest(path));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ID' } });
    expect(dhmad.received).toEqual([]);
  });
});

describeEveryResponse(log, 17);
