// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResponseLog } from './test/createResponseLog';
import { BUYER, CALLBACK_URL, PROOF_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { postSession, setupProxy } from './test/setupProxy';

const log = createResponseLog();

describe('what a session request may carry', () => {
  it.each([
    ['not JSON', '{action: review_proof}', 'INVALID_JSON'],
    ['empty', '', 'INVALID_JSON'],
    ['an array', '[]', 'INVALID_BODY'],
    ['a string', '"review_proof"', 'INVALID_BODY'],
    ['a number as targetUserEmail', { action: 'review_proof', targetUserEmail: 7 }, 'INVALID_BODY'],
    ['an object as redirectUrl', { action: 'review_proof', redirectUrl: {} }, 'INVALID_BODY'],
    ['no action', {}, 'INVALID_ACTION'],
    ['an unknown action', { action: 'release_funds' }, 'INVALID_ACTION'],
    ['an upper-case action', { action: 'DISPUTE' }, 'INVALID_ACTION'],
    ['a numeric action', { action: 3 }, 'INVALID_ACTION'],
    ['metadata as a string', { action: 'dispute', metadata: 'ord_1' }, 'INVALID_METADATA'],
    ['metadata as an array', { action: 'dispute', metadata: ['ord_1'] }, 'INVALID_METADATA'],
    ['a number in metadata', { action: 'dispute', metadata: { n: 1 } }, 'INVALID_METADATA'],
    [
      'an object in metadata',
      { action: 'dispute', metadata: { o: { a: 'b' } } },
      'INVALID_METADATA',
    ],
    [
      'a 501-character value',
      { action: 'dispute', metadata: { note: 'x'.repeat(501) } },
      'INVALID_METADATA',
    ],
  ])('answers 400 for a body with %s, DHMAD not called', async (_, body, code) => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(postSession(PROOF_ESCROW_ID, body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code, type: 'proxy_error' } });
    expect(posted()).toEqual([]);
  });

  it('sends metadata values of 500 characters, and only the known fields', async () => {
    const { proxy, posted } = await setupProxy(log);
    const metadata = { note: 'é'.repeat(500), order_id: 'ord_123' };
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, {
        action: 'review_proof',
        metadata,
        escrowId: 'other',
        amount: 1,
      }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '')).toEqual({
      action: 'review_proof',
      targetUserEmail: BUYER,
      redirectUrl: CALLBACK_URL,
      metadata,
    });
  });
});

describeEveryResponse(log, 16);
