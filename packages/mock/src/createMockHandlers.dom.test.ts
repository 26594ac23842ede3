import { createEscrowClient, isEscrowApiError } from '@kit/hooks';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { createMockHandlers } from './createMockHandlers';

/*
 * The setup the README gives users: jsdom (as with Testing Library), a relative `baseUrl`, and
 * the hooks' own client with its default `/api/escrow`.
 */
const simulator = createDhmadSimulator({ scenarios: true });
const server = setupServer(...createMockHandlers({ simulator, baseUrl: '/api/escrow' }));
const client = createEscrowClient();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => simulator.faults.clear());
afterAll(() => server.close());

describe('createMockHandlers with a relative baseUrl in jsdom', () => {
  it('answers a real fetch of a relative URL', async () => {
    const response = await fetch('/api/escrow/escrows/proof-submitted');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect((await response.json()).escrow).toMatchObject({
      id: 'proof-submitted',
      status: 'paid',
      proofInfo: { phase: 'submitted_waiting_buyer_review' },
    });
  });

  it('serves the attachment links of the proof, as a browser would load them', async () => {
    const proof = await client.getProof('proof-submitted');
    const url = proof.latestSubmission?.attachments[1]?.viewUrl as string;
    expect(url.startsWith('https://files.dhmad.test/escrow-proof/')).toBe(true);
    const image = await fetch(url);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await image.arrayBuffer()).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('surfaces faults as the hooks classify them: 429 with retryAfter, 502 HTML, network', async () => {
    simulator.faults.set('escrow', { type: 'rateLimit', retryAfter: 30 });
    expect(await client.getEscrow('status-paid').catch((e: unknown) => e)).toMatchObject({
      status: 429,
      retryAfter: 30,
    });
    simulator.faults.set('escrow', { type: 'html502' });
    expect(await client.getEscrow('status-paid').catch((e: unknown) => e)).toMatchObject({
      status: 502,
      code: 'INVALID_RESPONSE',
    });
    simulator.faults.set('escrow', { type: 'network' });
    const failure = await client.getEscrow('status-paid').catch((e: unknown) => e);
    expect(isEscrowApiError(failure) && failure.code).toBe('NETWORK_ERROR');
    simulator.faults.clear();
    expect((await client.getEscrow('status-paid')).status).toBe('paid');
  });
});
