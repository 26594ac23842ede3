// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createResponseLog } from '../test/createResponseLog';
import {
  BUYER,
  CALLBACK_URL,
  PAID_ESCROW_ID,
  PROOF_ESCROW_ID,
  SELLER,
} from '../test/createTestUpstream';
import { describeEveryResponse } from '../test/describeEveryResponse';
import { errorOf, postSession, proxyRequest, setupProxy } from '../test/setupProxy';

const log = createResponseLog();

describe('POST escrows/:id/sessions', () => {
  it('answers { sessionId, url, expiresAt }, then GET sessions/:id reads it', async () => {
    const { proxy } = await setupProxy(log);
    const created = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', metadata: { order_id: 'ord_123' } }),
    );
    expect(created.status).toBe(201); // the simulator's status, passed through
    const { sessionId, url, expiresAt } = (await created.json()) as Record<string, string>;
    expect(url).toBe(`https://sandbox.dhmad.tn/checkout/${sessionId}`);
    expect(Number.isNaN(Date.parse(expiresAt as string))).toBe(false);

    const read = await proxy(proxyRequest(`/sessions/${sessionId}`));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      session: {
        sessionId,
        escrowId: PROOF_ESCROW_ID,
        action: 'review_proof',
        targetUserEmail: BUYER,
        metadata: { order_id: 'ord_123' },
      },
    });
  });

  it('passes a business-rule 400 through with its user_message', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(postSession(PAID_ESCROW_ID, { action: 'accept_pay' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'PAYMENT_ALREADY_DONE',
        type: 'business_rule_violation',
        message: 'Cannot create checkout session: payment has already been made for this escrow.',
        user_message: 'Payment has already been completed for this transaction.',
      },
    });
  });

  it('answers 415 to a session request that is not declared JSON (no cross-site form posts)', async () => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(
      proxyRequest(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ action: 'dispute' }),
      }),
    );
    expect(response.status).toBe(415);
    expect(posted()).toEqual([]);
  });
});

describe('what a session may say', () => {
  it('fills targetUserEmail with the signed-in user’s email', async () => {
    const { proxy, posted } = await setupProxy(log);
    await proxy(postSession(PROOF_ESCROW_ID, { action: 'review_proof' }));
    expect(JSON.parse(posted()[0]?.body ?? '')).toEqual({
      action: 'review_proof',
      targetUserEmail: BUYER,
      redirectUrl: CALLBACK_URL,
    });
  });

  it('accepts the user’s own email in another case, and sends the signed-in form', async () => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, {
        action: 'review_proof',
        targetUserEmail: ' BUYER@example.COM',
      }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').targetUserEmail).toBe(BUYER);
  });

  it('refuses another targetUserEmail with 403, DHMAD not called', async () => {
    const { client, posted } = await setupProxy(log);
    const error = await errorOf(
      client().createSession(PROOF_ESCROW_ID, { action: 'submit_proof', targetUserEmail: SELLER }),
    );
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(posted()).toEqual([]);
  });

  it('sends another targetUserEmail with allowTargetOverride', async () => {
    const { proxy, posted } = await setupProxy(log, { allowTargetOverride: true });
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'dispute', targetUserEmail: SELLER }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').targetUserEmail).toBe(SELLER);
  });

  it.each([
    ['another site', 'https://evil.example/steal'],
    ['the callback with extra query', `${CALLBACK_URL}?next=https://evil.example`],
    ['javascript', 'javascript:alert(1)'],
  ])('ignores a browser redirectUrl to %s and sends the configured one', async (_, redirectUrl) => {
    const { proxy, posted } = await setupProxy(log);
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl }),
    );
    expect(response.status).toBe(201);
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(CALLBACK_URL);
  });

  it('keeps a browser redirectUrl equal to the configured one', async () => {
    const { proxy, posted } = await setupProxy(log);
    await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl: CALLBACK_URL }),
    );
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(CALLBACK_URL);
  });

  it('asks resolveRedirectUrl per request, with what the browser asked for', async () => {
    const resolveRedirectUrl = vi.fn(
      (_request: Request, context: { escrowId: string }) =>
        `https://shop.example/orders/${context.escrowId}/done`,
    );
    const { dhmad, proxy, posted } = await setupProxy(log, {
      redirectUrl: undefined,
      resolveRedirectUrl,
    });
    dhmad.simulator.setAllowedRedirectUrls([
      CALLBACK_URL,
      `https://shop.example/orders/${PROOF_ESCROW_ID}/done`,
    ]);
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, { action: 'review_proof', redirectUrl: 'https://evil.example' }),
    );
    expect(response.status).toBe(201);
    expect(resolveRedirectUrl).toHaveBeenCalledWith(expect.any(Request), {
      user: { email: BUYER },
      escrowId: PROOF_ESCROW_ID,
      action: 'review_proof',
      requestedRedirectUrl: 'https://evil.example',
    });
    expect(JSON.parse(posted()[0]?.body ?? '').redirectUrl).toBe(
      `https://shop.example/orders/${PROOF_ESCROW_ID}/done`,
    );
  });

  it('answers 500 and reports when resolveRedirectUrl returns no usable URL', async () => {
    const { proxy, posted, onError } = await setupProxy(log, {
      redirectUrl: undefined,
      resolveRedirectUrl: () => 'http://shop.example/done',
    });
    const response = await proxy(postSession(PROOF_ESCROW_ID, { action: 'review_proof' }));
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledOnce();
    expect(posted()).toEqual([]);
  });
});

describeEveryResponse(log, 14);
