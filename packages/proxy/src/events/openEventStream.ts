import type { EventHub } from './createEventHub';
import type { NumberedEvent } from './createReplayBuffer';

export interface EventStreamInit {
  /** The browser's request: its `signal` ends the stream when the client goes away. */
  request: Request;
  /** Distinct, authorized escrow ids. */
  escrowIds: readonly string[];
  hub: EventHub;
  heartbeatMs: number;
  retryMs: number;
}

/**
 * How many chunks may wait unread before the stream gives up on its client (a stalled
 * connection whose socket no longer drains). Not documented anywhere: chosen far above what a
 * reading client ever has queued (its events are under 200 bytes each), to bound the memory of
 * one that stopped reading.
 */
export const MAX_QUEUED_CHUNKS = 1_000;

const HEADERS = {
  'Content-Type': 'text/event-stream',
  // `no-transform` keeps compressing proxies from buffering the stream (WHATWG HTML §9.2).
  'Cache-Control': 'no-cache, no-transform',
  // nginx buffers proxied responses unless told not to.
  'X-Accel-Buffering': 'no',
  'X-Content-Type-Options': 'nosniff',
};

/** A default-type SSE message (WHATWG HTML §9.2.6): our ids and JSON hold no line breaks. */
const message = (event: NumberedEvent) => `id: ${event.id}\ndata: ${event.data}\n\n`;

/**
 * The 200 `text/event-stream` answer of the events route. It starts with `retry: <retryMs>`,
 * then the events kept after `Last-Event-ID` (if that id is still kept, for these escrows
 * only), then each new event of its escrows as it comes, and `: ping` every `heartbeatMs`.
 * Replay and joining the hub happen in one synchronous step, so no event falls between them.
 *
 * It ends, freeing its hub membership (and so the bus subscriptions no other stream needs) and
 * its heartbeat timer, when the client goes away (`request.signal` aborts, or the body is
 * cancelled), when the bus loses one of its escrows (the client then polls and reconnects), or
 * when `MAX_QUEUED_CHUNKS` wait unread. Throws what the bus's `subscribe` throws.
 */
export function openEventStream(init: EventStreamInit): Response {
  const { request, escrowIds, hub } = init;
  const encoder = new TextEncoder();
  let end = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      let leave = () => {};
      end = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        request.signal.removeEventListener('abort', end);
        leave();
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      };
      const push = (text: string) => {
        if (!open) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) end();
        else controller.enqueue(encoder.encode(text));
      };

      push(`retry: ${init.retryMs}\n\n`);
      const lastEventId = request.headers.get('Last-Event-ID');
      if (lastEventId)
        for (const event of hub.replay(lastEventId, new Set(escrowIds))) push(message(event));
      leave = hub.join(escrowIds, { send: (event) => push(message(event)), lost: () => end() });
      if (!open) return leave(); // the bus failed while it subscribed
      if (request.signal.aborted) return end();
      request.signal.addEventListener('abort', end, { once: true });
      heartbeat = setInterval(() => push(': ping\n\n'), init.heartbeatMs);
    },
    cancel() {
      end();
    },
  });
  return new Response(body, { status: 200, headers: HEADERS });
}
