// @vitest-environment node
/**
 * End to end over real HTTP on loopback, no MSW: the browser side is `@kit/hooks`' own client,
 * the app's server is a Node server with the proxy, and DHMAD is `@kit/mock`'s simulator served
 * on its own loopback port over DHMAD's paths, called with the global `fetch`.
 */
import { createEscrowClient, isBusinessRuleError } from '@kit/hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEscrowProxy } from './createEscrowProxy';
import { API_KEY, API_KEY_SECRET } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import {
  BUYER,
  CALLBACK_URL,
  createTestUpstream,
  PAID_ESCROW_ID,
  PROOF_ESCROW_ID,
} from './test/createTestUpstream';
import { getUserFromCookie } from './test/getUserFromCookie';
import { type LoopbackServer, listen } from './test/listen';
import { signedIn } from './test/signedIn';
import { toNodeHandler } from './toNodeHandler';

const log = createResponseLog();
const dhmad = createTestUpstream(API_KEY);
const errors: unknown[] = [];
let dhmadServer: LoopbackServer;
let appServer: LoopbackServer;

beforeAll(async () => {
  dhmadServer = await listen(toNodeHandler(dhmad.handle));
  appServer = await listen(
    toNodeHandler(
      createEscrowProxy({
        apiKey: API_KEY,
        apiBaseUrl: `${dhmadServer.origin}/api/v1`,
        getUser: getUserFromCookie,
        redirectUrl: CALLBACK_URL,
        onError: (error) => errors.push(error),
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all([appServer.close(), dhmadServer.close()]);
});

/** The kit's client, as the buyer's page uses it; every HTTP response is kept. */
const buyer = () =>
  createEscrowClient({
    baseUrl: `${appServer.origin}/api/escrow`,
    headers: signedIn('buyer-token'),
    fetch: async (input, init) => log.record(String(input), await fetch(input, init)),
  });

describe('@kit/hooks → HTTP → proxy → HTTP → DHMAD', () => {
  it('fetches an escrow', async () => {
    await expect(buyer().getEscrow(PAID_ESCROW_ID)).resolves.toMatchObject({
      id: PAID_ESCROW_ID,
      status: 'paid',
      mode: 'standard',
    });
  });

  it('fetches its proof', async () => {
    await expect(buyer().getProof(PROOF_ESCROW_ID)).resolves.toMatchObject({
      phase: 'submitted_waiting_buyer_review',
      checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
    });
  });

  it('creates a session, then reads it back once DHMAD’s checkout completed it', async () => {
    const client = buyer();
    const created = await client.createSession(PROOF_ESCROW_ID, {
      action: 'review_proof',
      metadata: { order_id: 'ord_123' },
    });
    expect(created.url).toBe(`https://sandbox.dhmad.tn/checkout/${created.sessionId}`);
    await expect(client.getSession(created.sessionId)).resolves.toMatchObject({
      sessionId: created.sessionId,
      escrowId: PROOF_ESCROW_ID,
      action: 'review_proof',
      targetUserEmail: BUYER,
      status: 'open',
      metadata: { order_id: 'ord_123' },
    });

    // The buyer accepts the proof on DHMAD's hosted page, then comes back.
    dhmad.simulator.completeSession(created.sessionId, { decision: 'accept' });
    await expect(client.getSession(created.sessionId)).resolves.toMatchObject({
      status: 'completed',
    });
    await expect(client.getProof(PROOF_ESCROW_ID)).resolves.toMatchObject({ phase: 'accepted' });
  });

  it('gets a business-rule error with the user_message to show', async () => {
    const error = await buyer()
      .createSession(PAID_ESCROW_ID, { action: 'accept_pay' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isBusinessRuleError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      code: 'PAYMENT_ALREADY_DONE',
      userMessage: 'Payment has already been completed for this transaction.',
    });
  });

  it('sent DHMAD the API key and nothing of the browser', () => {
    expect(dhmad.received).toHaveLength(11);
    for (const received of dhmad.received) {
      expect(received.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(received.headers.cookie).toBeUndefined();
    }
    expect(errors).toEqual([]);
  });

  it('never showed the browser the API key', () => {
    expect(log.entries).toHaveLength(7);
    expect(log.leaks([API_KEY, API_KEY_SECRET])).toEqual([]);
  });
});
