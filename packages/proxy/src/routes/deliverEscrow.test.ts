// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { ACCEPTED_ESCROW_ID, PROOF_ESCROW_ID, SELLER } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { postAction, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('POST escrows/:id/deliver', () => {
  it('lets the seller deliver once proof is accepted: DHMAD’s 200 { message, escrow }', async () => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(postAction(ACCEPTED_ESCROW_ID, 'deliver', {}, 'seller-token'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      message: 'Escrow marked as delivered',
      escrow: { id: ACCEPTED_ESCROW_ID, status: 'delivered', sellerEmail: SELLER },
    });
    expect(posted()).toHaveLength(1);
  });

  it.each([
    ['the buyer', 'buyer-token'],
    ['a stranger', 'stranger-token'],
  ])('refuses %s with 403 FORBIDDEN, DHMAD’s deliver not called', async (_, token) => {
    const { proxy, posted, dhmad } = await setupProxy(log);
    const response = await proxy(postAction(ACCEPTED_ESCROW_ID, 'deliver', {}, token));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'FORBIDDEN',
        type: 'proxy_error',
        message:
          token === 'buyer-token'
            ? 'Only the seller of this escrow can mark it as delivered.'
            : 'You are not a party to this escrow.',
      },
    });
    expect(posted()).toEqual([]);
    expect(dhmad.simulator.getEscrow(ACCEPTED_ESCROW_ID)?.status).toBe('paid');
  });

  it('passes DHMAD’s 409 PROOF_NOT_ACCEPTED through while the proof awaits review', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(postAction(PROOF_ESCROW_ID, 'deliver', {}, 'seller-token'));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'PROOF_NOT_ACCEPTED',
        type: 'business_rule_violation',
        message: 'Cannot deliver: purchase proof has not been accepted.',
        user_message: 'The proof of purchase must be accepted before delivery.',
      },
    });
  });
});

describeEveryResponse(log, 4);
