// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import { MAX_QUEUED_CHUNKS } from '../events/openEventStream';
import { API_KEY } from '../test/apiKey';
import { CALLBACK_URL, PAID_ESCROW_ID, PROOF_ESCROW_ID } from '../test/createTestUpstream';
import { getUserFromCookie } from '../test/getUserFromCookie';
import { dataOf, readEventStream } from '../test/readEventStream';
import { setupStreamProxy, streamRequest } from '../test/setupStreamProxy';

afterEach(() => {
  vi.useRealTimers();
});

const paid = (event = 'escrow.status.updated') => ({ escrowId: PAID_ESCROW_ID, event });

describe('GET events: the stream', () => {
  it('answers 200 text/event-stream, uncached and unbuffered, starting with the retry hint', async () => {
    const { proxy } = setupStreamProxy();
    const response = await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID]));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/event-stream');
    expect(response.headers.get('Cache-Control')).toBe('no-cache, no-transform');
    expect(response.headers.get('X-Accel-Buffering')).toBe('no');
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe('retry: 5000\n\n');
    await reader?.cancel();
  });

  it('sends each event of its escrows as one default-type message with an id and the JSON', async () => {
    const { proxy, bus } = setupStreamProxy({ events: { retryMs: 1500 } });
    const stream = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID])));
    await vi.waitFor(() => expect(stream.retries).toEqual([1500]));
    await bus.publish({ escrowId: PROOF_ESCROW_ID, event: 'escrow.proof.submitted' });
    await bus.publish(paid('escrow.brand_new_event'));
    await vi.waitFor(() => expect(stream.messages).toHaveLength(2));
    expect(stream.messages.map((m) => m.event)).toEqual([undefined, undefined]);
    expect(stream.messages.map((m) => m.data)).toEqual([
      `{"escrowId":"${PROOF_ESCROW_ID}","event":"escrow.proof.submitted"}`,
      `{"escrowId":"${PAID_ESCROW_ID}","event":"escrow.brand_new_event"}`,
    ]);
    const [first, second] = stream.messages.map((m) => m.id ?? '');
    expect(first).toMatch(/^[0-9a-f]{12}-\d+$/);
    expect(second).not.toBe(first);
    await stream.cancel();
  });

  it('never sends an event of an escrow not on the stream, even from a faulty bus', async () => {
    const { proxy, bus } = setupStreamProxy();
    const stream = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID])));
    await vi.waitFor(() => expect(stream.retries).toHaveLength(1));
    await bus.publish({ escrowId: PROOF_ESCROW_ID, event: 'escrow.proof.submitted' });
    bus.leak({ escrowId: PROOF_ESCROW_ID, event: 'escrow.proof.accepted' });
    await bus.publish(paid());
    await vi.waitFor(() => expect(stream.messages).toHaveLength(1));
    expect(dataOf(stream)).toEqual([paid()]);
    await stream.cancel();
  });

  it('sends a heartbeat comment every heartbeatMs', async () => {
    const { proxy } = setupStreamProxy({ events: { heartbeatMs: 20 } });
    const stream = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID])));
    await vi.waitFor(() => expect(stream.comments.length).toBeGreaterThanOrEqual(2));
    expect(new Set(stream.comments)).toEqual(new Set(['ping']));
    await stream.cancel();
  });

  it('shares one bus subscription per escrow between streams, each getting the same event id', async () => {
    const { proxy, bus } = setupStreamProxy();
    const one = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID])));
    const two = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID])));
    expect(bus.subscribed().sort()).toEqual([PAID_ESCROW_ID, PROOF_ESCROW_ID].sort());
    await bus.publish(paid());
    await vi.waitFor(() => expect(two.messages).toHaveLength(1));
    await vi.waitFor(() => expect(one.messages).toHaveLength(1));
    expect(one.messages[0]?.id).toBe(two.messages[0]?.id);
    await one.cancel();
    expect(bus.subscribed().sort()).toEqual([PAID_ESCROW_ID, PROOF_ESCROW_ID].sort());
    await two.cancel();
    expect(bus.subscribed()).toEqual([]);
  });
});

describe('GET events: Last-Event-ID', () => {
  async function threeEvents(replayBufferSize?: number) {
    const setup = setupStreamProxy({ events: { replayBufferSize } });
    const first = readEventStream(
      await setup.proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID])),
    );
    await setup.bus.publish(paid('escrow.status.updated'));
    await setup.bus.publish({ escrowId: PROOF_ESCROW_ID, event: 'escrow.proof.submitted' });
    await setup.bus.publish(paid('escrow.delivery.rejected'));
    await vi.waitFor(() => expect(first.messages).toHaveLength(3));
    await first.cancel();
    return { ...setup, ids: first.messages.map((m) => m.id ?? '') };
  }

  const resume = async (proxy: (r: Request) => Promise<Response>, lastEventId: string) => {
    const stream = readEventStream(
      await proxy(streamRequest([PAID_ESCROW_ID], { headers: { 'Last-Event-ID': lastEventId } })),
    );
    await vi.waitFor(() => expect(stream.retries).toHaveLength(1));
    return stream;
  };

  it('replays the kept events after that id, for the new stream’s escrows only, first', async () => {
    const { proxy, bus, ids } = await threeEvents();
    const stream = await resume(proxy, ids[0] ?? '');
    expect(stream.messages.map((m) => m.id)).toEqual([ids[2]]);
    expect(dataOf(stream)).toEqual([paid('escrow.delivery.rejected')]);
    await bus.publish(paid('escrow.completed'));
    await vi.waitFor(() => expect(stream.messages).toHaveLength(2));
    await stream.cancel();
  });

  it('replays nothing for an id too old, unknown, or numbered by another proxy', async () => {
    const { proxy, ids } = await threeEvents(1);
    const other = await threeEvents();
    for (const lastEventId of [ids[0] ?? '', 'nonsense', `${ids[2]}0`, other.ids[0] ?? '']) {
      const stream = await resume(proxy, lastEventId);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(stream.messages, lastEventId).toEqual([]);
      await stream.cancel();
    }
  });
});

describe('GET events: everything is freed', () => {
  it('when the client aborts its request: the bus subscription and the heartbeat timer', async () => {
    vi.useFakeTimers();
    const { proxy, bus } = setupStreamProxy();
    const client = new AbortController();
    const response = await proxy(streamRequest([PAID_ESCROW_ID], { signal: client.signal }));
    expect(response.status).toBe(200);
    expect(bus.subscribed()).toEqual([PAID_ESCROW_ID]);
    expect(vi.getTimerCount()).toBe(1);
    client.abort();
    expect(bus.subscribed()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when the client cancels the body', async () => {
    vi.useFakeTimers();
    const { proxy, bus } = setupStreamProxy();
    const response = await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID]));
    await response.body?.cancel();
    expect(bus.subscribed()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when the bus loses the subscription: the stream ends, so the client polls and reconnects', async () => {
    const { proxy, bus } = setupStreamProxy();
    const stream = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID])));
    bus.fail(new Error('connection to the shared bus lost'));
    await stream.ended;
    expect(bus.subscribed()).toEqual([]);
  });

  it(`when more than ${MAX_QUEUED_CHUNKS} chunks wait unread (a stalled client)`, async () => {
    const { proxy, bus } = setupStreamProxy();
    const response = await proxy(streamRequest([PAID_ESCROW_ID]));
    for (let i = 0; i <= MAX_QUEUED_CHUNKS + 1; i++) await bus.publish(paid());
    expect(bus.subscribed()).toEqual([]);
    await response.body?.cancel();
  });

  it('holds nothing when the bus refuses to subscribe, and answers 500 (reported)', async () => {
    vi.useFakeTimers();
    const { proxy, bus, onError } = setupStreamProxy();
    const open = readEventStream(await proxy(streamRequest([PAID_ESCROW_ID])));
    bus.refuseNextSubscribe(new Error('bus down'));
    const response = await proxy(streamRequest([PAID_ESCROW_ID, PROOF_ESCROW_ID]));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'bus down' }),
      expect.any(Request),
    );
    expect(bus.subscribed()).toEqual([PAID_ESCROW_ID]);
    expect(vi.getTimerCount()).toBe(1);
    await open.cancel();
  });
});

describe('GET events: when it is on', () => {
  const proxyWith = (options: { webhooks?: { secret: string } }) =>
    createEscrowProxy({
      apiKey: API_KEY,
      getUser: getUserFromCookie,
      redirectUrl: CALLBACK_URL,
      fetch: () => Promise.reject(new Error('not called')),
      ...options,
    });

  it('answers 404 without webhooks or eventBus, for any method, and names no events route', async () => {
    const proxy = proxyWith({});
    for (const method of ['GET', 'POST']) {
      const response = await proxy(streamRequest([PAID_ESCROW_ID], { method }));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('/events');
    }
  });

  it('is on with the webhook receiver alone (the default in-memory bus)', async () => {
    const response = await proxyWith({ webhooks: { secret: 'abc' } })(
      streamRequest(['x'], { method: 'PUT' }),
    );
    expect(response.status).toBe(405);
  });
});
