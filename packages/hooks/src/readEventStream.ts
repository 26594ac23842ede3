import { createParser } from 'eventsource-parser';
import { type EscrowClientOptions, urlOf } from './request';

/** What the live stream reports while it is read. */
export interface EventStreamHandlers {
  /** The stream answered 200 with `text/event-stream`: it is up. */
  onOpen(): void;
  /** A message named an escrow (`data: { "escrowId": "…", "event": "…" }`). */
  onEscrow(escrowId: string): void;
  /** Anything arrived (a message, a `retry:` hint or a heartbeat comment): the stream is healthy. */
  onActivity(): void;
  /** The server's `retry:` hint, in ms. */
  onRetry(ms: number): void;
  /** The `id:` of the last message, to send back as `Last-Event-ID` when reconnecting. */
  onId(id: string): void;
}

/**
 * Opens `GET {baseUrl}/events?escrow=…&escrow=…` through the provider's `fetch` and headers
 * (`Accept: text/event-stream`, `Last-Event-ID` when resuming) and reads it with
 * `eventsource-parser` until it ends. Never rejects. Resolves with:
 * - the HTTP status of a refusal (401 signed out, 403 a stranger's escrow, 404 no events
 *   route, 5xx, …); a 2xx answer that is not `text/event-stream` (e.g. an app's HTML page
 *   where the proxy has no events route) counts as 404;
 * - 200 once a stream that was up has ended, 0 when the network failed before it was up.
 * Messages whose data is not that JSON are ignored.
 */
export async function readEventStream(
  options: EscrowClientOptions,
  ids: readonly string[],
  lastEventId: string | undefined,
  signal: AbortSignal,
  handlers: EventStreamHandlers,
): Promise<number> {
  let status = 0;
  try {
    const query = ids.map((id) => `escrow=${encodeURIComponent(id)}`).join('&');
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : options.headers,
    );
    headers.set('Accept', 'text/event-stream');
    if (lastEventId) headers.set('Last-Event-ID', lastEventId);
    const response = await (options.fetch ?? fetch)(urlOf(options, `/events?${query}`), {
      headers,
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (!response.ok) return response.status;
    if (!response.headers.get('Content-Type')?.startsWith('text/event-stream') || !response.body)
      return 404;
    status = 200;
    handlers.onOpen();
    const parser = createParser({
      onEvent(message) {
        handlers.onActivity();
        if (message.id) handlers.onId(message.id);
        // `event` is not read (any event refetches), so unknown names are fine; data that is
        // not JSON, or names no escrow, is ignored like any message the kit cannot read.
        try {
          const { escrowId } = JSON.parse(message.data);
          if (typeof escrowId === 'string') handlers.onEscrow(escrowId);
        } catch {}
      },
      onRetry(ms) {
        handlers.onActivity();
        handlers.onRetry(ms);
      },
      onComment: handlers.onActivity,
      // Chosen because the proxy's messages are tiny: a stream that buffers 64 KiB without
      // completing one is broken. The parser then throws on the next chunk, which ends it.
      maxBufferSize: 65_536,
    });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch {
    // An abort, a network failure or a broken stream: the stream is down either way.
  }
  return status;
}
