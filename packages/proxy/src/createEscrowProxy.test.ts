// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { APP, proxyRequest, setupProxy } from './test/setupProxy';
import { signedIn } from './test/signedIn';

const log = createResponseLog();

describe('createEscrowProxy: routing by the route table', () => {
  it('serves under a custom basePath, and nothing under the default one then', async () => {
    const { proxy } = await setupProxy(log, { basePath: '/internal/dhmad/' });
    const escrow = new Request(`${APP}/internal/dhmad/escrows/${PAID_ESCROW_ID}`, {
      headers: signedIn('buyer-token'),
    });
    expect((await proxy(escrow)).status).toBe(200);
    expect((await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`))).status).toBe(404);
  });

  it.each([
    '/api/escrow',
    '/api/escrow/',
    '/api/escrow/escrows',
    `/api/escrow/escrows/${PAID_ESCROW_ID}/`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/contract`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/proof/extra`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/complete`,
    `/api/escrow/escrows/${PAID_ESCROW_ID}/deliver/extra`,
    '/api/escrow/sessions',
    '/api/escrow/me',
    '/api/escrow/balance',
    `/api/escrowx/escrows/${PAID_ESCROW_ID}`,
    `/api/v1/escrows/${PAID_ESCROW_ID}`,
  ])('answers 404 NOT_FOUND for %s without calling DHMAD', async (path) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(
      new Request(`${APP}${path}`, { headers: signedIn('buyer-token') }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: 'NOT_FOUND', type: 'proxy_error' },
    });
    expect(dhmad.received).toEqual([]);
  });

  it('names the whole contract, under its basePath, in the 404 message', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest('/me'));
    expect(await response.json()).toMatchObject({
      error: {
        message:
          'The escrow proxy serves only GET /api/escrow/escrows/:id, GET /api/escrow/escrows/:id/proof, POST /api/escrow/escrows/:id/sessions, GET /api/escrow/sessions/:sessionId, POST /api/escrow/escrows/:id/deliver, POST /api/escrow/escrows/:id/reject-delivery, POST /api/escrow/escrows/:id/cancel.',
      },
    });
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
    ['GET', `/escrows/${PAID_ESCROW_ID}/deliver`, 'POST'],
    ['PUT', `/escrows/${PAID_ESCROW_ID}/reject-delivery`, 'POST'],
    ['DELETE', `/escrows/${PAID_ESCROW_ID}/cancel`, 'POST'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest(path, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    if (method !== 'HEAD') {
      expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    }
    expect(dhmad.received).toEqual([]);
  });

  it('never lets a path outside the contract reach DHMAD, even through dot segments', async () => {
    const { dhmad, proxy } = await setupProxy(log);
    for (const path of [
      '/escrows/../../v1/me',
      '/escrows/%2e%2e/%2e%2e/balance',
      `/escrows/${PAID_ESCROW_ID}/../../../escrows`,
      '/sessions/./../me',
    ]) {
      expect((await proxy(proxyRequest(path))).status).toBe(404);
    }
    expect(dhmad.received).toEqual([]);
  });

  it('reports an unexpected failure to onError and answers a generic 500', async () => {
    const { proxy, onError } = await setupProxy(log, {
      getUser: () => {
        throw new Error('session store down');
      },
    });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
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

describeEveryResponse(log, 28);
