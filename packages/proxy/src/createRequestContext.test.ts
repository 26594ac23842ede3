// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID, PROOF_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { errorOf, proxyRequest, setupProxy } from './test/setupProxy';

const log = createResponseLog();

describe('DHMAD’s answers, passed through', () => {
  it('passes a 429 through with Retry-After and retryAfter', async () => {
    const { dhmad, client, proxy } = await setupProxy(log);
    dhmad.simulator.faults.set('all', { type: 'rateLimit', retryAfter: 3600 });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
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
    const { proxy } = await setupProxy(log, {
      fetch: async () =>
        new Response('{"error":"Escrow not found"}', {
          status: 404,
          headers: { 'Set-Cookie': 'dhmad=1', 'X-Internal': 'x', 'Retry-After': 'soon; evil' },
        }),
    });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(404);
    expect([...response.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'x-content-type-options',
    ]);
  });

  it('passes DHMAD’s 401 (a refused key) through, and tells onError', async () => {
    const { proxy, onError } = await setupProxy(log, { apiKey: `sk_sandbox_${'0'.repeat(64)}` });
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Unauthorized' });
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/refused the API key/);
  });
});

describeEveryResponse(log, 4);
