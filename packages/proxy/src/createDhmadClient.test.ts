// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDhmadClient } from './createDhmadClient';
import { API_KEY } from './test/apiKey';
import {
  ACCEPTED_ESCROW_ID,
  BUYER,
  CALLBACK_URL,
  createTestUpstream,
  DELIVERED_ESCROW_ID,
  PAID_ESCROW_ID,
  PENDING_ESCROW_ID,
  PROOF_ESCROW_ID,
  SELLER,
} from './test/createTestUpstream';

/** The client against the test simulator, as DHMAD. */
function setup() {
  const dhmad = createTestUpstream(API_KEY);
  return { dhmad, client: createDhmadClient({ apiKey: API_KEY, fetch: dhmad.fetch }) };
}

describe('createDhmadClient against DHMAD (the simulator)', () => {
  it('creates a quick escrow with proof, as step 1 of the seed, and reads it back', async () => {
    const { client, dhmad } = setup();
    const created = await client.createEscrow({
      title: 'iPhone 15 from Dubai',
      amount: 2500,
      currency: 'TND',
      buyerEmail: BUYER,
      sellerEmail: SELLER,
      estimatedDeliveryDays: 5,
      mode: 'quick',
      fulfillmentPolicy: {
        type: 'purchase_proof_required',
        proofUploadDeadlineHours: 24,
        buyerReviewDeadlineHours: 24,
        allowedProofTypes: ['receipt', 'tracking_proof', 'product_photo'],
      },
    });
    expect(created).toMatchObject({
      message: 'Escrow created successfully',
      escrow: { status: 'pending', mode: 'quick', buyerEmail: BUYER },
      contract: null,
      trackingId: created.escrow.id,
    });
    expect(dhmad.received[0]).toMatchObject({
      method: 'POST',
      url: 'https://sandbox.dhmad.tn/api/v1/escrows',
    });
    expect(dhmad.received[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const escrow = await client.getEscrow(created.escrow.id);
    expect(escrow).toMatchObject({
      id: created.escrow.id,
      fulfillmentPolicy: { type: 'purchase_proof_required' },
    });
  });

  it('reads an escrow and its proof', async () => {
    const { client } = setup();
    await expect(client.getEscrow(PAID_ESCROW_ID)).resolves.toMatchObject({
      id: PAID_ESCROW_ID,
      status: 'paid',
    });
    const proof = await client.getProof(PROOF_ESCROW_ID);
    expect(proof.phase).toBe('submitted_waiting_buyer_review');
    expect(proof.latestSubmission?.attachments[0]?.viewUrl).toMatch(/^https:\/\//);
    expect(proof.checkoutActions).toContainEqual(
      expect.objectContaining({ action: 'review_proof', targetUserEmail: BUYER }),
    );
  });

  it('creates a checkout session and reads it back', async () => {
    const { client } = setup();
    const created = await client.createSession(PROOF_ESCROW_ID, {
      action: 'review_proof',
      targetUserEmail: BUYER,
      redirectUrl: CALLBACK_URL,
      metadata: { order_id: 'ord_123' },
    });
    expect(created.url).toBe(`https://sandbox.dhmad.tn/checkout/${created.sessionId}`);
    await expect(client.getSession(created.sessionId)).resolves.toMatchObject({
      sessionId: created.sessionId,
      escrowId: PROOF_ESCROW_ID,
      metadata: { order_id: 'ord_123' },
    });
  });

  it('delivers an escrow whose proof was accepted, without a body', async () => {
    const { client, dhmad } = setup();
    const result = await client.deliver(ACCEPTED_ESCROW_ID);
    expect(result).toMatchObject({
      message: 'Escrow marked as delivered',
      escrow: { id: ACCEPTED_ESCROW_ID, status: 'delivered' },
    });
    expect(dhmad.received.at(-1)).toMatchObject({ body: '' });
    expect(dhmad.received.at(-1)?.headers['content-type']).toBeUndefined();
  });

  it('rejects a delivery with the reason trimmed, and without one', async () => {
    const { client, dhmad } = setup();
    const result = await client.rejectDelivery(DELIVERED_ESCROW_ID, { reason: ' Scratched ' });
    expect(result.escrow).toMatchObject({
      status: 'paid',
      deliveryRejections: [{ reason: 'Scratched' }],
    });
    expect(JSON.parse(dhmad.received.at(-1)?.body ?? '')).toEqual({ reason: 'Scratched' });
    const again = setup();
    await again.client.rejectDelivery(DELIVERED_ESCROW_ID, { reason: '  ' });
    expect(JSON.parse(again.dhmad.received.at(-1)?.body ?? '')).toEqual({});
  });

  it('cancels a pending escrow', async () => {
    const { client } = setup();
    await expect(client.cancel(PENDING_ESCROW_ID)).resolves.toMatchObject({
      message: 'Escrow cancelled successfully',
      escrow: { status: 'cancelled' },
    });
  });

  it('gives the raw answer unparsed, and never rejects', async () => {
    const { client } = setup();
    const answer = await client.raw('GET', '/escrows/aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(answer).toMatchObject({ ok: true, status: 404, json: { error: 'Escrow not found' } });
    const misconfigured = createDhmadClient({ apiKey: 'sk_live_nope' });
    await expect(misconfigured.raw('GET', '/escrows/x')).resolves.toMatchObject({
      ok: false,
      reason: 'misconfigured',
    });
  });
});
