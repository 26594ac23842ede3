// @vitest-environment node
import { signWebhook } from '@kit/hooks/webhooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escrowEvent,
  setupWebhookProxy,
  WEBHOOK_SECRET,
  WEBHOOK_URL,
} from '../test/setupWebhookProxy';

const now = () => new Date().toISOString();
const header = fc.option(
  fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('wh_1', now(), 'sha256=')),
  {
    nil: undefined,
  },
);
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.constant(JSON.stringify(escrowEvent())),
);

describe('the webhook receiver under 10,000 fuzzed deliveries', () => {
  it('never throws, never answers 5xx and never publishes an unsigned delivery', async () => {
    const { proxy, published, onError } = setupWebhookProxy();
    // A genuine signature of another body, to be replayed on the fuzzed ones.
    const genuine = await signWebhook(WEBHOOK_SECRET, {
      id: 'wh_1',
      timestamp: now(),
      body: JSON.stringify(escrowEvent()),
    });
    await fc.assert(
      fc.asyncProperty(
        body,
        header,
        fc.option(fc.constantFrom(now(), String(Math.floor(Date.now() / 1000))), {
          nil: undefined,
        }),
        fc.oneof(header, fc.constant(genuine), fc.constant(`sha256=${genuine.toUpperCase()}`)),
        header,
        fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
        async (payload, id, timestamp, signature, event, contentLength) => {
          const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
          if (
            bytes.length > 0 &&
            JSON.stringify(escrowEvent()) === new TextDecoder().decode(bytes)
          ) {
            bytes[0] = (bytes[0] ?? 0) ^ 1; // the genuine body must not pass: flip one bit
          }
          const headers = new Headers();
          const set = (name: string, value: string | undefined) => {
            try {
              if (value !== undefined) headers.set(name, value);
            } catch {
              // Not a valid header value: a real client could not send it either.
            }
          };
          set('X-Webhook-Id', id);
          set('X-Webhook-Timestamp', timestamp);
          set('X-Webhook-Signature', signature);
          set('X-Webhook-Event', event);
          set('Content-Length', contentLength);
          const response = await proxy(
            new Request(WEBHOOK_URL, { method: 'POST', headers, body: bytes as BodyInit }),
          );
          expect([400, 401, 413]).toContain(response.status);
        },
      ),
      { numRuns: 10_000 },
    );
    expect(published).toEqual([]);
    expect(onError.mock.calls.every(([error]) => String(error).includes('Webhook refused'))).toBe(
      true,
    );
  }, 120_000);
});
