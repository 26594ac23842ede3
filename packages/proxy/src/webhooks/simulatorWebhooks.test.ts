// @vitest-environment node
/**
 * Round trip over real HTTP on loopback: `@kit/mock`'s simulator POSTs its signed webhooks to a
 * Node server running the proxy's receiver, which verifies them and publishes to its event bus.
 */
import { createDhmadSimulator, type DhmadSimulator } from '@kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscrowLiveEvent } from '../EscrowEventBus';
import { type LoopbackServer, listen } from '../test/listen';
import { setupWebhookProxy, WEBHOOK_SECRET } from '../test/setupWebhookProxy';
import { toNodeHandler } from '../toNodeHandler';

/** A scenario of `@kit/mock`: proof uploaded, waiting for the buyer's review. */
const PROOF = 'proof-submitted';
const SCHEME = { signedPayload: 'id.timestamp.body', encoding: 'base64' } as const;
const HOUR = 3_600_000;
const proxies = {
  byDefault: setupWebhookProxy(),
  bySchemeOption: setupWebhookProxy({ scheme: SCHEME }),
  /** Accepts timestamps up to a simulated day ahead, for `clock.advance`. */
  tolerant: setupWebhookProxy({ toleranceMs: 24 * HOUR }),
};
let servers: LoopbackServer[] = [];

beforeAll(async () => {
  servers = await Promise.all(
    Object.values(proxies).map(({ proxy }) => listen(toNodeHandler(proxy))),
  );
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** A simulator on the wall clock (the receiver refuses timestamps 5 min off) posting to `url`. */
const simulatorPostingTo = (url: string, scheme?: typeof SCHEME) =>
  createDhmadSimulator({
    now: 'real',
    scenarios: ['proof-submitted', 'cancellation-requested'],
    webhooks: { secret: WEBHOOK_SECRET, url, scheme },
  });

/** A POST on the proxy contract, as the simulator serves it. */
const post = (sim: DhmadSimulator, path: string, body?: unknown) =>
  sim.handle(
    new Request(`http://localhost/api/escrow${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );

/** The target user finishes a checkout session of `action` on `escrowId` (hosted checkout). */
async function checkout(sim: DhmadSimulator, escrowId: string, action: string) {
  expect((await post(sim, `/escrows/${escrowId}/sessions`, { action })).status).toBe(201);
  sim.completeSession(sim.latestSession(escrowId)?.sessionId ?? '');
}

describe('simulator webhooks → HTTP → the proxy’s receiver → its event bus', () => {
  it('publishes { escrowId, event } for every change the simulator makes', async () => {
    const { bus, published, onError } = proxies.byDefault;
    const heard: EscrowLiveEvent[] = [];
    const stop = bus.subscribe([PROOF], (event) => heard.push(event));
    const sim = simulatorPostingTo(`${servers[0]?.origin}/api/escrow/webhooks`);

    await checkout(sim, PROOF, 'review_proof');
    expect((await post(sim, `/escrows/${PROOF}/deliver`)).status).toBe(200);
    await checkout(sim, 'cancellation-requested', 'accept_cancellation');
    await sim.webhooks.settled();
    stop();

    expect(sim.webhooks.deliveries.map((d) => [d.outcome, d.responseStatus])).toEqual([
      ['delivered', 200],
      ['delivered', 200],
      ['delivered', 200],
      ['delivered', 200],
    ]);
    expect(heard).toEqual([
      { escrowId: PROOF, event: 'escrow.proof.accepted' },
      { escrowId: PROOF, event: 'escrow.status.updated' },
    ]);
    // In order per escrow; the two escrows' deliveries run side by side.
    expect(published.filter((event) => event.escrowId === 'cancellation-requested')).toEqual([
      { escrowId: 'cancellation-requested', event: 'escrow.cancellation.accepted' },
      { escrowId: 'cancellation-requested', event: 'escrow.status.updated' },
    ]);
    expect(published).toHaveLength(4);
    expect(onError).not.toHaveBeenCalled();
  });

  it('verifies a non-default scheme when both sides are configured with it', async () => {
    const { published, onError } = proxies.bySchemeOption;
    const origin = servers[1]?.origin;
    const sim = simulatorPostingTo(`${origin}/api/escrow/webhooks`, SCHEME);
    await checkout(sim, PROOF, 'review_proof');
    await sim.webhooks.settled();
    expect(published).toEqual([{ escrowId: PROOF, event: 'escrow.proof.accepted' }]);

    const byDefault = simulatorPostingTo(`${origin}/api/escrow/webhooks`);
    await checkout(byDefault, PROOF, 'review_proof');
    await byDefault.webhooks.settled();
    expect(byDefault.webhooks.deliveries.map((d) => [d.outcome, d.responseStatus])).toEqual([
      ['failed', 401],
    ]);
    expect(published).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('carries a timeout driven by clock.advance (the receiver tolerating the simulated jump)', async () => {
    const { published, onError } = proxies.tolerant;
    const sim = simulatorPostingTo(`${servers[2]?.origin}/api/escrow/webhooks`);
    sim.clock.advance(6 * HOUR);
    await sim.webhooks.settled();
    expect(published).toEqual([{ escrowId: PROOF, event: 'escrow.proof.accepted_by_timeout' }]);
    expect(onError).not.toHaveBeenCalled();

    const strict = simulatorPostingTo(`${servers[0]?.origin}/api/escrow/webhooks`);
    strict.clock.advance(6 * HOUR);
    await strict.webhooks.settled();
    expect(strict.webhooks.deliveries.map((d) => [d.outcome, d.responseStatus])).toEqual([
      ['failed', 400],
    ]);
    expect(proxies.byDefault.onError).toHaveBeenLastCalledWith(
      expect.objectContaining({ code: 'STALE_WEBHOOK' }),
      expect.any(Request),
    );
  });
});
