// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CreateEscrowInput } from './checkEscrowInput';
import { createDhmadClient } from './createDhmadClient';
import type { DhmadApiError } from './DhmadApiError';
import { API_KEY } from './test/apiKey';
import { BUYER, createTestUpstream, SELLER } from './test/createTestUpstream';

const quick: CreateEscrowInput = {
  title: 'iPhone 15 from Dubai',
  amount: 2500,
  buyerEmail: BUYER,
  sellerEmail: SELLER,
  estimatedDeliveryDays: 5,
  mode: 'quick',
  fulfillmentPolicy: { type: 'purchase_proof_required' },
};
const policy = quick.fulfillmentPolicy as NonNullable<CreateEscrowInput['fulfillmentPolicy']>;

function setup() {
  const dhmad = createTestUpstream(API_KEY);
  return { dhmad, client: createDhmadClient({ apiKey: API_KEY, fetch: dhmad.fetch }) };
}

describe('createEscrow checks its input before sending', () => {
  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a 201-character title', { title: 't'.repeat(201) }, 'title'],
    ['a zero amount', { amount: 0 }, 'amount'],
    ['a negative amount', { amount: -5 }, 'amount'],
    ['an amount given as text', { amount: '2500' }, 'amount'],
    ['an infinite amount', { amount: Number.POSITIVE_INFINITY }, 'amount'],
    ['another currency', { currency: 'GBP' }, 'currency'],
    ['a buyerEmail that is no email', { buyerEmail: 'buyer' }, 'buyerEmail'],
    ['a sellerEmail that is no email', { sellerEmail: 'seller@' }, 'sellerEmail'],
    ['a fulfillmentPolicy on a standard escrow', { mode: 'standard' }, 'fulfillmentPolicy'],
    ['a fulfillmentPolicy without a mode', { mode: undefined }, 'fulfillmentPolicy'],
    [
      'another policy type',
      { fulfillmentPolicy: { ...policy, type: 'delivery_photo' } },
      'fulfillmentPolicy.type',
    ],
    [
      'an upload deadline of 5 hours',
      { fulfillmentPolicy: { ...policy, proofUploadDeadlineHours: 5 } },
      'fulfillmentPolicy.proofUploadDeadlineHours',
    ],
    [
      'a review deadline of 73 hours',
      { fulfillmentPolicy: { ...policy, buyerReviewDeadlineHours: 73 } },
      'fulfillmentPolicy.buyerReviewDeadlineHours',
    ],
    [
      'an undocumented proof type',
      { fulfillmentPolicy: { ...policy, allowedProofTypes: ['receipt', 'selfie'] } },
      'fulfillmentPolicy.allowedProofTypes.1',
    ],
  ])(
    'refuses %s: INVALID_ESCROW_INPUT naming the field, nothing sent',
    async (_, change, field) => {
      const { client, dhmad } = setup();
      const input = { ...quick, ...change } as CreateEscrowInput;
      const error = (await client.createEscrow(input).catch((e: unknown) => e)) as DhmadApiError;
      expect(error).toMatchObject({
        name: 'DhmadApiError',
        status: 0,
        code: 'INVALID_ESCROW_INPUT',
      });
      expect(Object.keys(error.details ?? {})).toEqual([field]);
      expect(error.message).toContain(field);
      expect(dhmad.received).toEqual([]);
    },
  );

  it('names every wrong field at once', async () => {
    const { client } = setup();
    const input = { ...quick, title: '', amount: -1, buyerEmail: 'x' };
    const error = (await client.createEscrow(input).catch((e: unknown) => e)) as DhmadApiError;
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['amount', 'buyerEmail', 'title']);
  });

  it('sends the deadlines’ bounds, 6 and 72 hours, and every documented proof type', async () => {
    const { client } = setup();
    const created = await client.createEscrow({
      ...quick,
      currency: 'EUR',
      fulfillmentPolicy: {
        type: 'purchase_proof_required',
        proofUploadDeadlineHours: 6,
        buyerReviewDeadlineHours: 72,
        allowedProofTypes: [
          'receipt',
          'order_confirmation',
          'product_photo',
          'tracking_proof',
          'other',
        ],
      },
    });
    expect(created.escrow.fulfillmentPolicy).toMatchObject({
      proofUploadDeadlineHours: 6,
      buyerReviewDeadlineHours: 72,
    });
  });

  it('passes DHMAD’s own 400 through for what it checks itself (here: the minimum in TND)', async () => {
    const { client } = setup();
    const error = (await client
      .createEscrow({ ...quick, amount: 1 })
      .catch((e: unknown) => e)) as DhmadApiError;
    expect(error).toMatchObject({ status: 400, details: { amount: expect.any(String) } });
  });
});
