// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { PAID_ESCROW_ID, PROOF_ESCROW_ID } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { proxyRequest, setupProxy } from '../test/setupProxy';
import { setupStreamProxy } from '../test/setupStreamProxy';

const log = createResponseLog();

describe('GET escrows/:id/proof', () => {
  it('answers { proof }', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest(`/escrows/${PROOF_ESCROW_ID}/proof`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      proof: { phase: 'submitted_waiting_buyer_review' },
    });
  });

  it('passes DHMAD’s answer for a proof of an escrow without proof policy through unchanged', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}/proof`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Bad Request',
      message: 'This escrow has no purchase-proof policy',
    });
  });

  it('does not let the proof through when the escrow check fails', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(
      proxyRequest(`/escrows/${PROOF_ESCROW_ID}/proof`, { token: 'stranger-token' }),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('submitted_waiting_buyer_review');
  });
});

describe('GET escrows/:id/proof with the live event stream on', () => {
  afterEach(() => vi.useRealTimers());
  const proofRead = (token?: string) =>
    proxyRequest(`/escrows/${PROOF_ESCROW_ID}/proof`, token ? { token } : {});

  it('skips the escrow check a recent read of the same user allowed: one DHMAD request per read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { proxy, escrowReads, dhmad } = setupStreamProxy();
    const proofReads = () => dhmad.received.filter((r) => r.url.endsWith('/proof')).length;
    expect((await proxy(proxyRequest(`/escrows/${PROOF_ESCROW_ID}`))).status).toBe(200);
    const proof = await proxy(proofRead());
    expect(proof.status).toBe(200);
    expect(await proof.json()).toMatchObject({
      proof: { phase: 'submitted_waiting_buyer_review' },
    });
    expect([escrowReads(), proofReads()]).toEqual([1, 1]);
    // Another user is checked on their own; and past authorizationTtlMs, everyone is again.
    expect((await proxy(proofRead('stranger-token'))).status).toBe(403);
    expect(escrowReads()).toBe(2);
    vi.setSystemTime(Date.now() + 60_001);
    expect((await proxy(proofRead())).status).toBe(200);
    expect(escrowReads()).toBe(3);
  });

  it('never lets a refused user through on the strength of a remembered refusal or DHMAD failure', async () => {
    const { proxy } = setupStreamProxy();
    expect((await proxy(proofRead('stranger-token'))).status).toBe(403);
    const again = await proxy(proofRead('stranger-token'));
    expect(again.status).toBe(403);
    expect(await again.text()).not.toContain('submitted_waiting_buyer_review');
  });
});

describeEveryResponse(log, 3);
