// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './readJsonRequest';
import { createResponseLog } from './test/createResponseLog';
import { PROOF_ESCROW_ID } from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { postSession, proxyRequest, setupProxy } from './test/setupProxy';

const log = createResponseLog();

/** A streamed session request to PROOF_ESCROW_ID, with extra headers. */
const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  proxyRequest(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

/** `count` chunks of 1 kB of spaces, counting how many were pulled. */
function spaces(count: number) {
  const chunk = new TextEncoder().encode(' '.repeat(1024));
  const stream = {
    pulled: 0,
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        stream.pulled++;
        controller.enqueue(chunk);
        if (stream.pulled === count) controller.close();
      },
    }),
  };
  return stream;
}

describe('how much of a session request is read', () => {
  it('answers 413 for a declared Content-Length over the limit, without reading', async () => {
    const { proxy, posted } = await setupProxy(log);
    const body = new ReadableStream<Uint8Array>({
      pull: () => {
        throw new Error('the body must not be read');
      },
    });
    const response = await proxy(streamed(body, { 'Content-Length': String(MAX_BODY_BYTES + 1) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(posted()).toEqual([]);
  });

  it('answers 413 for an undeclared body that streams past 16 kB, and stops reading', async () => {
    const { proxy, posted } = await setupProxy(log);
    const stream = spaces(100);
    const response = await proxy(streamed(stream.body));
    expect(response.status).toBe(413);
    expect(stream.pulled).toBeLessThan(30);
    expect(posted()).toEqual([]);
  });

  it('answers 413 for a body that streams past 16 kB whatever Content-Length says', async () => {
    const { proxy, posted } = await setupProxy(log);
    const stream = spaces(100);
    const response = await proxy(streamed(stream.body, { 'Content-Length': '10' }));
    expect(response.status).toBe(413);
    expect(stream.pulled).toBeLessThan(30);
    expect(posted()).toEqual([]);
  });

  it('accepts a body of exactly 16 kB', async () => {
    const { proxy } = await setupProxy(log);
    const json = JSON.stringify({ action: 'review_proof' });
    const response = await proxy(
      postSession(PROOF_ESCROW_ID, json + ' '.repeat(MAX_BODY_BYTES - json.length)),
    );
    expect(response.status).toBe(201);
  });

  it('answers 400 INVALID_JSON for bytes that are not UTF-8', async () => {
    const { proxy } = await setupProxy(log);
    const response = await proxy(
      proxyRequest(`/escrows/${PROOF_ESCROW_ID}/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      }),
    );
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_JSON' } });
  });
});

describeEveryResponse(log, 5);
