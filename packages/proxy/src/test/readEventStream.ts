import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** A Server-Sent Events body as a client reads it, parsed by `eventsource-parser`. */
export interface EventStreamReading {
  messages: EventSourceMessage[];
  comments: string[];
  retries: number[];
  /** Settles when the body ends (the server closed it, or `cancel` was called). */
  ended: Promise<void>;
  /** Whether the body has ended. */
  isEnded(): boolean;
  /** Stops reading, as a client that goes away (cancels the body). */
  cancel(): Promise<void>;
}

/** Reads `response.body` in the background, collecting what the parser reports. */
export function readEventStream(response: Response): EventStreamReading {
  const reading: Omit<EventStreamReading, 'ended' | 'cancel' | 'isEnded'> = {
    messages: [],
    comments: [],
    retries: [],
  };
  const parser = createParser({
    onEvent: (message) => reading.messages.push(message),
    onComment: (comment) => reading.comments.push(comment),
    onRetry: (ms) => reading.retries.push(ms),
  });
  if (!response.body) throw new Error('The response has no body.');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let done = false;
  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        parser.feed(decoder.decode(chunk.value, { stream: true }));
      }
    } catch {
      // A cancelled or broken body ends the reading as well.
    } finally {
      done = true;
    }
  })();
  return {
    ...reading,
    ended,
    isEnded: () => done,
    async cancel() {
      await reader.cancel();
      await ended;
    },
  };
}

/** The JSON of each message's `data`. */
export const dataOf = (reading: EventStreamReading) =>
  reading.messages.map((message) => JSON.parse(message.data) as unknown);
