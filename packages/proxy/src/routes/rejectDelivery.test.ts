// @vitest-environment node
import { MAX_REJECTION_REASON_LENGTH } from '@kit/hooks/core';
import { describe, expect, it } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import { DELIVERED_ESCROW_ID } from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { postAction, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('POST escrows/:id/reject-delivery', () => {
  it('lets the buyer reject, sending the reason trimmed and nothing else', async () => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(
      postAction(DELIVERED_ESCROW_ID, 'reject-delivery', { reason: '  Wrong size ', extra: 1 }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      message: 'Delivery rejected. Escrow returned to paid status.',
      escrow: { status: 'paid', deliveryRejections: [{ reason: 'Wrong size' }] },
    });
    expect(posted().map((r) => JSON.parse(r.body))).toEqual([{ reason: 'Wrong size' }]);
  });

  it('accepts the buyer under another spelling of the email', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(
      postAction(DELIVERED_ESCROW_ID, 'reject-delivery', {}, 'shouting-buyer-token'),
    );
    expect(response.status).toBe(200);
  });

  it.each([
    ['no reason', {}],
    ['an empty reason', { reason: '' }],
    ['a blank reason', { reason: '   ' }],
    ['a null reason', { reason: null }],
  ])('sends %s as no field', async (_, body) => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(postAction(DELIVERED_ESCROW_ID, 'reject-delivery', body));
    expect(response.status).toBe(200);
    expect(posted().map((r) => JSON.parse(r.body))).toEqual([{}]);
  });

  it('sends a reason of exactly the limit', async () => {
    const { proxy, posted } = await setupProxy(log);
    const reason = 'r'.repeat(MAX_REJECTION_REASON_LENGTH);
    const response = await proxy(postAction(DELIVERED_ESCROW_ID, 'reject-delivery', { reason }));
    expect(response.status).toBe(200);
    expect(JSON.parse(posted()[0]?.body ?? '')).toEqual({ reason });
  });

  it.each([
    ['a number', 42],
    ['an object', { text: 'no' }],
    ['1001 characters', 'r'.repeat(MAX_REJECTION_REASON_LENGTH + 1)],
  ])('answers 400 naming `reason` for %s, nothing sent', async (_, reason) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(postAction(DELIVERED_ESCROW_ID, 'reject-delivery', { reason }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'INVALID_BODY',
        type: 'proxy_error',
        message: '`reason` must be a string of at most 1000 characters.',
      },
    });
    expect(dhmad.received).toEqual([]);
  });

  it.each([
    ['the seller', 'seller-token', 'Only the buyer of this escrow can reject its delivery.'],
    ['a stranger', 'stranger-token', 'You are not a party to this escrow.'],
  ])('refuses %s with 403, DHMAD’s reject-delivery not called', async (_, token, message) => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(postAction(DELIVERED_ESCROW_ID, 'reject-delivery', {}, token));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN', message } });
    expect(posted()).toEqual([]);
  });
});

describeEveryResponse(log, 12);
