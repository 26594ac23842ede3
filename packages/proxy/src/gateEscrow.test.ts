// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { PAID_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { proxyRequest, ROUTES, setupProxy, withToken } from './test/setupProxy';

const log = createResponseLog();

describe('who may see and act on an escrow', () => {
  it.each(ROUTES)('%s: a signed-in user who is not a party → 403 FORBIDDEN', async (_, make) => {
    const { proxy, posted, sessionId } = await setupProxy(log);
    const response = await proxy(withToken(make(sessionId), 'stranger-token'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: 'FORBIDDEN', type: 'proxy_error' },
    });
    expect(posted()).toEqual([]);
  });

  it.each(ROUTES)(
    '%s: the party is let through (emails compared case-insensitively)',
    async (_, make) => {
      const { proxy, sessionId } = await setupProxy(log);
      // The app knows the buyer as " Buyer@EXAMPLE.com"; DHMAD as "buyer@example.com".
      const response = await proxy(withToken(make(sessionId), 'shouting-buyer-token'));
      expect(response.status).toBeLessThan(300);
    },
  );

  it('uses a custom authorize, with the user and DHMAD’s escrow, and allows only `true`', async () => {
    const authorize = vi.fn((user: { email: string }) => user.email === 'stranger@example.com');
    const { proxy } = await setupProxy(log, { authorize });
    expect(
      (await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`, { token: 'stranger-token' }))).status,
    ).toBe(200);
    expect(authorize).toHaveBeenCalledWith(
      { email: 'stranger@example.com' },
      expect.objectContaining({ id: PAID_ESCROW_ID, status: 'paid' }),
      expect.any(Request),
    );
    expect((await proxy(proxyRequest(`/escrows/${PAID_ESCROW_ID}`))).status).toBe(403);
  });
});

describeEveryResponse(log, 10);
