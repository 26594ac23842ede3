// @vitest-environment node
/**
 * The live event stream over real HTTP on loopback: the proxy behind `toNodeHandler` on a
 * `node:http` server, the browser side a real `fetch` whose body is read with
 * `eventsource-parser`, and DHMAD's webhooks POSTed to the same server, signed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAID_ESCROW_ID, PROOF_ESCROW_ID } from './test/createTestUpstream';
import { type LoopbackServer, listen } from './test/listen';
import { dataOf, readEventStream } from './test/readEventStream';
import { setupStreamProxy } from './test/setupStreamProxy';
import { delivery, escrowEvent } from './test/setupWebhookProxy';
import { signedIn } from './test/signedIn';
import { toNodeHandler } from './toNodeHandler';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(proxy: (request: Request) => Promise<Response>) {
  const server = await listen(toNodeHandler(proxy));
  servers.push(server);
  return server.origin;
}

/** The browser's stream request over HTTP. */
const openStream = (origin: string, ids: string[], signal?: AbortSignal) =>
  fetch(`${origin}/api/escrow/events?${ids.map((id) => `escrow=${id}`).join('&')}`, {
    headers: { ...signedIn('buyer-token'), Accept: 'text/event-stream' },
    signal,
  });

/** A webhook delivery as DHMAD would POST it, to this server. */
async function postWebhook(origin: string, init: Parameters<typeof delivery>[0]) {
  const request = await delivery(init);
  return fetch(`${origin}/api/escrow/webhooks`, {
    method: 'POST',
    headers: request.headers,
    body: await request.text(),
  });
}

describe('the live event stream through toNodeHandler', () => {
  it('flushes each event and heartbeat while the stream stays open', async () => {
    const { proxy, bus } = setupStreamProxy({ events: { heartbeatMs: 30 } });
    const origin = await serve(proxy);
    const response = await openStream(origin, [PAID_ESCROW_ID]);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/event-stream');
    expect(response.headers.get('Cache-Control')).toBe('no-cache, no-transform');
    expect(response.headers.get('X-Accel-Buffering')).toBe('no');
    const stream = readEventStream(response);
    await vi.waitFor(() => expect(stream.retries).toEqual([5000]));

    await bus.publish({ escrowId: PAID_ESCROW_ID, event: 'escrow.status.updated' });
    await vi.waitFor(() => expect(stream.messages).toHaveLength(1));
    await vi.waitFor(() => expect(stream.comments).toContain('ping'));
    expect(stream.isEnded()).toBe(false);
    await stream.cancel();
  });

  it('frees the bus subscription when the client disconnects', async () => {
    const { proxy, bus } = setupStreamProxy();
    const origin = await serve(proxy);
    const client = new AbortController();
    const stream = readEventStream(await openStream(origin, [PAID_ESCROW_ID], client.signal));
    await vi.waitFor(() => expect(stream.retries).toHaveLength(1));
    expect(bus.subscribed()).toEqual([PAID_ESCROW_ID]);
    client.abort();
    await stream.ended;
    await vi.waitFor(() => expect(bus.subscribed()).toEqual([]));
  });
});

describe('DHMAD webhook → proxy → open stream, end to end', () => {
  it('turns one signed delivery into one SSE message, and nothing else into any', async () => {
    // The receiver and the stream on the default in-memory bus, as one instance runs them.
    const { proxy } = setupStreamProxy({ eventBus: undefined });
    const origin = await serve(proxy);
    const stream = readEventStream(await openStream(origin, [PROOF_ESCROW_ID]));
    await vi.waitFor(() => expect(stream.retries).toHaveLength(1));

    const event = 'escrow.proof.submitted';
    const body = escrowEvent(PROOF_ESCROW_ID, event);
    expect((await postWebhook(origin, { id: 'wh_1', event, body })).status).toBe(200);
    await vi.waitFor(() => expect(stream.messages).toHaveLength(1));
    expect(dataOf(stream)).toEqual([{ escrowId: PROOF_ESCROW_ID, event }]);
    expect(stream.messages[0]?.id).toEqual(expect.any(String));

    // A redelivery, a forged delivery, another escrow's event: none reaches this stream.
    expect((await postWebhook(origin, { id: 'wh_1', event, body })).status).toBe(200);
    expect(
      (await postWebhook(origin, { id: 'wh_2', event, body, secret: 'f0'.repeat(32) })).status,
    ).toBe(401);
    const other = escrowEvent(PAID_ESCROW_ID, 'escrow.status.updated');
    expect(
      (await postWebhook(origin, { id: 'wh_3', event: 'escrow.status.updated', body: other }))
        .status,
    ).toBe(200);
    // Then a last real one: the stream holds it right after the first.
    const accepted = escrowEvent(PROOF_ESCROW_ID, 'escrow.proof.accepted');
    expect(
      (await postWebhook(origin, { id: 'wh_4', event: 'escrow.proof.accepted', body: accepted }))
        .status,
    ).toBe(200);
    await vi.waitFor(() => expect(stream.messages).toHaveLength(2));
    expect(dataOf(stream)).toEqual([
      { escrowId: PROOF_ESCROW_ID, event },
      { escrowId: PROOF_ESCROW_ID, event: 'escrow.proof.accepted' },
    ]);
    await stream.cancel();
  });
});
