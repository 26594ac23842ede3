// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { PAID_ESCROW_ID, PROOF_ESCROW_ID } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { proxyRequest, setupProxy } from '../test/setupProxy';

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

describeEveryResponse(log, 3);
