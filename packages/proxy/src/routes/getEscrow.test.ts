// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { API_KEY } from '../test/apiKey';
import { createResponseLog } from '../test/createResponseLog';
import { PAID_ESCROW_ID } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { proxyRequest, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('GET escrows/:id', () => {
  it('answers DHMAD’s { escrow } byte for byte, JSON, never cached', async () => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const upstream = await dhmad.simulator.handle(
      new Request(`https://sandbox.dhmad.tn/api/v1/escrows/${PAID_ESCROW_ID}`, {
        headers: { Authorization: `Bearer ${API_KEY}` },
      }),
    );
    expect(await response.text()).toBe(await upstream.text());
  });

  it('passes DHMAD’s answer for an unknown escrow through unchanged', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest('/escrows/aaaaaaaaaaaaaaaaaaaaaaaa'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Escrow not found' });
  });
});

describeEveryResponse(log, 2);
