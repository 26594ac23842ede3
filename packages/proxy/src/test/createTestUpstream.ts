/**
 * DHMAD as the tests see it: `@kit/mock`'s simulator, answering on DHMAD's own paths
 * (`/api/v1/...`, API key required), reached through an injected `fetch` that records every
 * request it forwards, so tests can check what the proxy sent.
 */
import { createDhmadSimulator, type DhmadSimulator } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import type { UpstreamFetch } from '../callUpstream';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface TestUpstream {
  simulator: DhmadSimulator;
  /** Every request that reached the simulator, oldest first. */
  received: ReceivedRequest[];
  /** A `fetch` to the simulator, for the proxy's `fetch` option. */
  fetch: UpstreamFetch;
  /** The simulator as a fetch handler that records, for serving it over HTTP. */
  handle(request: Request): Promise<Response>;
  /** Creates a checkout session on DHMAD's own API, as another server of the app might. */
  createSession(escrowId: string, action: string, targetUserEmail: string): Promise<string>;
}

export { BUYER, SELLER };
/** A standard escrow, signed and paid, between BUYER and SELLER. */
export const PAID_ESCROW_ID = 'status-paid';
/** A quick escrow whose proof waits for BUYER's review. */
export const PROOF_ESCROW_ID = 'proof-submitted';
/** A standard escrow waiting for signatures and payment: either party may cancel it. */
export const PENDING_ESCROW_ID = 'status-pending';
/** A standard escrow SELLER delivered: BUYER may reject the delivery. */
export const DELIVERED_ESCROW_ID = 'status-delivered';
/** A quick escrow whose proof BUYER accepted: SELLER may deliver. */
export const ACCEPTED_ESCROW_ID = 'proof-accepted';
/** The callback registered in the (simulated) DHMAD dashboard. */
export const CALLBACK_URL = 'https://shop.example/checkout/callback';

export function createTestUpstream(apiKey: string): TestUpstream {
  const simulator = createDhmadSimulator({
    apiKey,
    allowedRedirectUrls: [CALLBACK_URL],
    scenarios: [
      PAID_ESCROW_ID,
      PROOF_ESCROW_ID,
      PENDING_ESCROW_ID,
      DELIVERED_ESCROW_ID,
      ACCEPTED_ESCROW_ID,
    ],
  });
  const received: ReceivedRequest[] = [];
  async function handle(request: Request) {
    received.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.clone().text(),
    });
    return simulator.handle(request);
  }
  return {
    simulator,
    received,
    handle,
    fetch: (url, init) => handle(new Request(url, init)),
    async createSession(escrowId, action, targetUserEmail) {
      const response = await simulator.handle(
        new Request(`https://sandbox.dhmad.tn/api/v1/escrows/${escrowId}/sessions`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ action, targetUserEmail, redirectUrl: CALLBACK_URL }),
        }),
      );
      const body = (await response.json()) as { sessionId?: string };
      if (!body.sessionId) throw new Error(`Could not create a session: ${JSON.stringify(body)}`);
      return body.sessionId;
    },
  };
}
