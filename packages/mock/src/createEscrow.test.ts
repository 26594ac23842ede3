// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, BUYER, newSim, quickWithProof, SELLER, standardLogo } from './test/simulatorRequests';

describe('creating escrows', () => {
  it.each([
    ['standard', standardLogo],
    ['quick', { ...quickWithProof, fulfillmentPolicy: undefined }],
    ['quick with proof', quickWithProof],
    ['instant', { title: 'E-book', amount: 0.5, buyerEmail: BUYER, mode: 'instant' }],
  ])('creates a %s escrow', async (_, body) => {
    const sim = newSim();
    const res = await api(sim, 'POST', '/escrows', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      message: 'Escrow created successfully',
      escrow: { status: 'pending' },
    });
    expect(res.body.trackingId).toBe(res.body.escrow.id);
    expect(res.body.contract === null).toBe('mode' in body);
  });

  it.each([
    ['a missing title', { ...quickWithProof, title: '' }, 'title'],
    ['a negative amount', { ...quickWithProof, amount: -5 }, 'amount'],
    ['less than 5 TND', { ...quickWithProof, amount: 4 }, 'amount'],
    ['an unknown currency', { ...quickWithProof, currency: 'GBP' }, 'currency'],
    ['no buyer email', { ...quickWithProof, buyerEmail: 'not-an-email' }, 'buyerEmail'],
    [
      'an upload deadline under 6 hours',
      {
        ...quickWithProof,
        fulfillmentPolicy: { type: 'purchase_proof_required', proofUploadDeadlineHours: 5 },
      },
      'fulfillmentPolicy.proofUploadDeadlineHours',
    ],
    [
      'a review deadline over 72 hours',
      {
        ...quickWithProof,
        fulfillmentPolicy: { type: 'purchase_proof_required', buyerReviewDeadlineHours: 73 },
      },
      'fulfillmentPolicy.buyerReviewDeadlineHours',
    ],
    [
      'a proof policy on a standard escrow',
      { ...quickWithProof, mode: 'standard', contractTerms: 'x' },
      'fulfillmentPolicy',
    ],
    [
      'contract terms on a quick escrow',
      { ...quickWithProof, contractTerms: 'x' },
      'contractTerms',
    ],
    [
      'a seller on an instant escrow',
      { title: 'x', amount: 1, buyerEmail: BUYER, sellerEmail: SELLER, mode: 'instant' },
      'sellerEmail',
    ],
    [
      'no contract terms on a standard escrow',
      { title: 'x', amount: 10, buyerEmail: BUYER, estimatedDeliveryDays: 3 },
      'contractTerms',
    ],
    ['a mode that is not a string', { ...quickWithProof, mode: ['quick'] }, 'mode'],
    [
      'a currency named like an object property',
      { ...quickWithProof, currency: 'toString' },
      'currency',
    ],
  ])('refuses %s with a field detail', async (_, body, field) => {
    const res = await api(newSim(), 'POST', '/escrows', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'Bad Request', message: 'Invalid request parameters' });
    expect(res.body.details).toHaveProperty([field]);
  });
});
