// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { BUYER } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { errorOf, proxyRequest, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('GET sessions/:sessionId', () => {
  it('lets a session be read by its target user only, even by the other party', async () => {
    const { client, sessionId } = await setupProxy(log);
    await expect(client('buyer-token').getSession(sessionId)).resolves.toMatchObject({
      targetUserEmail: BUYER,
    });
    const error = await errorOf(client('seller-token').getSession(sessionId));
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', type: 'proxy_error' });
  });

  it('passes DHMAD’s answer for an unknown session through unchanged', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(proxyRequest('/sessions/550e8400-e29b-41d4-a716-446655440000'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Checkout session not found' });
  });
});

describeEveryResponse(log, 3);
