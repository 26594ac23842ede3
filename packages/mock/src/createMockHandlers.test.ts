// @vitest-environment node
import { createEscrowClient, isEscrowApiError } from '@kit/hooks';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { createMockHandlers } from './createMockHandlers';

const simulator = createDhmadSimulator({ scenarios: true, viewerEmail: 'buyer@example.com' });
const server = setupServer(
  ...createMockHandlers({ simulator, baseUrl: 'http://shop.test/api/escrow' }),
);
const client = createEscrowClient({ baseUrl: 'http://shop.test/api/escrow' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => simulator.faults.clear());
afterAll(() => server.close());

describe('createMockHandlers', () => {
  it('answers the proxy contract with a real fetch, through @kit/hooks', async () => {
    expect((await client.getEscrow('proof-submitted')).status).toBe('paid');
    const proof = await client.getProof('proof-submitted');
    expect(proof.checkoutActions).toEqual([expect.objectContaining({ action: 'review_proof' })]);
    const image = await fetch(proof.latestSubmission?.attachments[0]?.viewUrl as string);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
  });

  it('creates a session for the viewer and reads it back, then plays the checkout', async () => {
    const created = await client.createSession('proof-submitted', { action: 'review_proof' });
    const session = await client.getSession(created.sessionId);
    expect(session).toMatchObject({ targetUserEmail: 'buyer@example.com', status: 'open' });
    simulator.completeSession(created.sessionId, { decision: 'accept' });
    expect((await client.getProof('proof-submitted')).phase).toBe('accepted');
  });

  it('passes DHMAD’s refusals through, with their user message', async () => {
    const error = await client
      .createSession('status-completed', { action: 'complete' })
      .catch((e: unknown) => e);
    expect(isEscrowApiError(error) && error).toMatchObject({
      status: 400,
      code: 'ESCROW_ALREADY_COMPLETED',
      userMessage: 'This transaction is already completed.',
    });
  });

  it('turns an injected network failure into a failed fetch', async () => {
    simulator.faults.set('escrow', { type: 'network' });
    await expect(client.getEscrow('status-paid')).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      status: 0,
    });
  });

  it("dates every answer with the simulator's clock, as a proxy's Date header", async () => {
    const own = createDhmadSimulator({ scenarios: ['status-paid'], now: '2026-06-19T12:00:00Z' });
    server.use(...createMockHandlers({ simulator: own, baseUrl: 'http://dated.test/api/escrow' }));
    const get = (path: string) => fetch(`http://dated.test/api/escrow${path}`);
    expect((await get('/escrows/status-paid')).headers.get('date')).toBe(
      'Fri, 19 Jun 2026 12:00:00 GMT',
    );
    own.clock.advance(90 * 60_000);
    expect((await get('/escrows/no-such-escrow')).headers.get('date')).toBe(
      'Fri, 19 Jun 2026 13:30:00 GMT',
    );
  });

  it('answers the direct actions with a real fetch, as the acting viewer', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`http://shop.test/api/escrow/escrows/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const asBuyer = await post('proof-accepted/deliver', {});
    expect(asBuyer.status).toBe(403);
    expect((await asBuyer.json()).message).toBe('Only the seller can mark an escrow as delivered');
    simulator.setViewer('seller@example.com');
    try {
      const delivered = await post('proof-accepted/deliver', {});
      expect(delivered.status).toBe(200);
      expect(await delivered.json()).toMatchObject({
        message: 'Escrow marked as delivered',
        escrow: { id: 'proof-accepted', status: 'delivered' },
      });
    } finally {
      simulator.setViewer('buyer@example.com');
    }
    const rejected = await post('proof-accepted/reject-delivery', { reason: ' Wrong model ' });
    expect(await rejected.json()).toMatchObject({
      escrow: { status: 'paid', deliveryRejections: [{ reason: 'Wrong model' }] },
    });
  });
});
