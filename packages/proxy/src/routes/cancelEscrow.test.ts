// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { PENDING_ESCROW_ID } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { postAction, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('POST escrows/:id/cancel', () => {
  it.each([
    ['the buyer', 'buyer-token'],
    ['the seller', 'seller-token'],
    ['the buyer, spelt in another case', 'shouting-buyer-token'],
  ])('lets %s cancel a pending escrow: DHMAD’s 200 { message, escrow }', async (_, token) => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(postAction(PENDING_ESCROW_ID, 'cancel', {}, token));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      message: 'Escrow cancelled successfully',
      escrow: { id: PENDING_ESCROW_ID, status: 'cancelled' },
    });
  });

  it('refuses a stranger with 403, DHMAD’s cancel not called', async () => {
    const { dhmad, proxy, posted } = await setupProxy(log);
    const response = await proxy(postAction(PENDING_ESCROW_ID, 'cancel', {}, 'stranger-token'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(posted()).toEqual([]);
    expect(dhmad.simulator.getEscrow(PENDING_ESCROW_ID)?.status).toBe('pending');
  });
});

describeEveryResponse(log, 4);
