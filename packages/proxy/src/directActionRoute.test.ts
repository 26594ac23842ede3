// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from './readJsonRequest';
import { answerPostsWith } from './test/answerPostsWith';
import { createResponseLog } from './test/createResponseLog';
import {
  ACCEPTED_ESCROW_ID,
  DELIVERED_ESCROW_ID,
  PAID_ESCROW_ID,
  PENDING_ESCROW_ID,
  PROOF_ESCROW_ID,
} from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { postAction, proxyRequest, setupProxy } from './test/setupProxy';

const log = createResponseLog();

describe('what a direct action accepts from the browser', () => {
  it.each([
    ['no Content-Type', undefined],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('answers 415 to a body sent with %s, DHMAD not called', async (_, contentType) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(
      proxyRequest(`/escrows/${PENDING_ESCROW_ID}/cancel`, {
        method: 'POST',
        headers: contentType ? { 'Content-Type': contentType } : {},
        body: '{}',
      }),
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(dhmad.received).toEqual([]);
  });

  it('answers 413 to a body over 16 kB, DHMAD not called', async () => {
    const { dhmad, proxy } = await setupProxy(log);
    const reason = 'x'.repeat(MAX_BODY_BYTES);
    const response = await proxy(postAction(DELIVERED_ESCROW_ID, 'reject-delivery', { reason }));
    expect(response.status).toBe(413);
    expect(dhmad.received).toEqual([]);
  });

  it.each([
    ['not JSON', '{reason:', 'INVALID_JSON'],
    ['empty', '', 'INVALID_JSON'],
    ['an array', '[]', 'INVALID_BODY'],
    ['a string', '"cancel"', 'INVALID_BODY'],
  ])('answers 400 to a body that is %s, DHMAD not called', async (_, body, code) => {
    const { dhmad, proxy } = await setupProxy(log);
    const response = await proxy(postAction(PENDING_ESCROW_ID, 'cancel', body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code, type: 'proxy_error' } });
    expect(dhmad.received).toEqual([]);
  });

  it('sends deliver and cancel without a body, whatever fields the browser sent', async () => {
    const { proxy, posted } = await setupProxy(log);
    const extra = { reason: 'x', targetUserEmail: 'evil@example.com', force: true };
    await proxy(postAction(ACCEPTED_ESCROW_ID, 'deliver', extra, 'seller-token'));
    await proxy(postAction(PENDING_ESCROW_ID, 'cancel', extra));
    expect(posted().map((r) => [r.url.replace(/^.*\/api\/v1/, ''), r.body])).toEqual([
      [`/escrows/${ACCEPTED_ESCROW_ID}/deliver`, ''],
      [`/escrows/${PENDING_ESCROW_ID}/cancel`, ''],
    ]);
    expect(posted().every((r) => r.headers['content-type'] === undefined)).toBe(true);
  });
});

describe('who may take a direct action, beyond being a party', () => {
  it('still asks authorize, with DHMAD’s escrow, before the party rule', async () => {
    const authorize = vi.fn(() => false);
    const { proxy, posted } = await setupProxy(log, { authorize });
    const response = await proxy(postAction(PENDING_ESCROW_ID, 'cancel'));
    expect(response.status).toBe(403);
    expect(authorize).toHaveBeenCalledWith(
      { email: 'buyer@example.com' },
      expect.objectContaining({ id: PENDING_ESCROW_ID }),
      expect.any(Request),
    );
    expect(posted()).toEqual([]);
  });

  it('refuses a user authorize lets through who is not the right party', async () => {
    const { proxy, posted } = await setupProxy(log, { authorize: () => true });
    const response = await proxy(postAction(PENDING_ESCROW_ID, 'cancel', {}, 'stranger-token'));
    expect(response.status).toBe(403);
    expect(posted()).toEqual([]);
  });

  it('passes DHMAD’s 404 for an unknown escrow through, no action called', async () => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(postAction('aaaaaaaaaaaaaaaaaaaaaaaa', 'cancel'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Escrow not found' });
    expect(posted()).toEqual([]);
  });
});

describe('DHMAD’s answers to a direct action, passed through unchanged', () => {
  it('passes a 400 through byte for byte', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(postAction(PAID_ESCROW_ID, 'cancel'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Bad Request',
      message:
        'Only pending escrows can be cancelled via API. For paid or delivered escrows, buyers use a request_cancellation checkout session; sellers use a cancel_escrow checkout session.',
    });
  });

  it.each([
    ['in error.code', { error: { code: 'PROOF_NOT_ACCEPTED', user_message: 'Not yet.' } }],
    ['in code', { code: 'PROOF_NOT_ACCEPTED', message: 'Proof not accepted' }],
    ['as the error string', { error: 'PROOF_NOT_ACCEPTED', message: 'Proof not accepted' }],
    ['nowhere (an unknown shape)', { status: 'conflict' }],
  ])('passes a 409 with its code %s through byte for byte', async (_, body) => {
    const text = JSON.stringify(body);
    const { dhmad } = await setupProxy(log);
    const { proxy } = await setupProxy(log, {
      fetch: answerPostsWith(dhmad, () => new Response(text, { status: 409 })),
    });
    const response = await proxy(postAction(ACCEPTED_ESCROW_ID, 'deliver', {}, 'seller-token'));
    expect(response.status).toBe(409);
    expect(await response.text()).toBe(text);
  });

  it('passes a 429 through with Retry-After', async () => {
    const { dhmad } = await setupProxy(log);
    const limited = JSON.stringify({ error: 'Too Many Requests', retryAfter: 60 });
    const { proxy } = await setupProxy(log, {
      fetch: answerPostsWith(
        dhmad,
        () => new Response(limited, { status: 429, headers: { 'Retry-After': '60' } }),
      ),
    });
    const response = await proxy(postAction(PROOF_ESCROW_ID, 'deliver', {}, 'seller-token'));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('60');
    expect(await response.text()).toBe(limited);
  });
});

describeEveryResponse(log, 18);
