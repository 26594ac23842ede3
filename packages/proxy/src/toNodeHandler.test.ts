// @vitest-environment node
import { request as httpRequest } from 'node:http';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpstreamFetch } from './callUpstream';
import { createEscrowProxy } from './createEscrowProxy';
import { API_KEY } from './test/apiKey';
import { createResponseLog } from './test/createResponseLog';
import {
  CALLBACK_URL,
  createTestUpstream,
  PAID_ESCROW_ID,
  PROOF_ESCROW_ID,
} from './test/createTestUpstream';
import { describeEveryResponse } from './test/describeEveryResponse';
import { getUserFromCookie } from './test/getUserFromCookie';
import { type LoopbackServer, listen } from './test/listen';
import { signedIn } from './test/signedIn';
import { toNodeHandler } from './toNodeHandler';

/** Captured before any `toNodeHandler` call of this file. */
const ORIGINAL_GLOBALS = { Request: globalThis.Request, Response: globalThis.Response };
const log = createResponseLog();
const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function makeProxy(fetch?: UpstreamFetch) {
  const dhmad = createTestUpstream(API_KEY);
  const onError = vi.fn();
  const proxy = createEscrowProxy({
    apiKey: API_KEY,
    getUser: getUserFromCookie,
    redirectUrl: CALLBACK_URL,
    fetch: fetch ?? dhmad.fetch,
    onError,
  });
  return { dhmad, proxy, onError };
}

async function serve(listener: Parameters<typeof listen>[0]) {
  const server = await listen(listener);
  servers.push(server);
  return server.origin;
}

/** The browser side: a real HTTP request, its response kept for the key scan. */
async function browserFetch(url: string, init: RequestInit = {}) {
  return log.record(`${init.method ?? 'GET'} ${url}`, await fetch(url, init));
}

/** A request with the path sent exactly as written (fetch would normalise it). */
function rawGet(origin: string, path: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers: signedIn('buyer-token') }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.path = path;
    req.on('error', reject);
    req.end();
  });
}

describe('toNodeHandler on node:http', () => {
  it('serves the proxy over HTTP with its headers', async () => {
    const { proxy } = makeProxy();
    const origin = await serve(toNodeHandler(proxy));
    const response = await browserFetch(`${origin}/api/escrow/escrows/${PAID_ESCROW_ID}`, {
      headers: signedIn('buyer-token'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ escrow: { id: PAID_ESCROW_ID } });
  });

  it('streams a POST body in, and answers 413 past 16 kB whether declared or chunked', async () => {
    const { dhmad, proxy } = makeProxy();
    const origin = await serve(toNodeHandler(proxy));
    const url = `${origin}/api/escrow/escrows/${PROOF_ESCROW_ID}/sessions`;
    const headers = { ...signedIn('buyer-token'), 'Content-Type': 'application/json' };

    const ok = await browserFetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'review_proof' }),
    });
    expect(ok.status).toBe(201);

    const declared = await browserFetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'review_proof', metadata: { a: 'x'.repeat(400) } }).padEnd(
        20_000,
        ' ',
      ),
    });
    expect(declared.status).toBe(413);

    const chunk = new TextEncoder().encode(' '.repeat(4096));
    let sent = 0;
    const chunked = await browserFetch(url, {
      method: 'POST',
      headers,
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          sent++;
          controller.enqueue(chunk);
          if (sent === 64) controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(dhmad.received.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('keeps raw dot segments and encoded slashes from reaching DHMAD', async () => {
    const { dhmad, proxy } = makeProxy();
    const origin = await serve(toNodeHandler(proxy));
    expect((await rawGet(origin, '/api/escrow/escrows/../../../api/v1/me')).status).toBe(404);
    expect((await rawGet(origin, '/api/escrow/escrows/..%2F..%2Fme/proof')).status).toBe(400);
    expect((await rawGet(origin, '/api/escrow/sessions/%2e%2e%5cme')).status).toBe(400);
    expect(dhmad.received).toEqual([]);
  });

  it('leaves the process’s global Request and Response alone', async () => {
    const { proxy } = makeProxy();
    const origin = await serve(toNodeHandler(proxy));
    await browserFetch(`${origin}/api/escrow/escrows/${PAID_ESCROW_ID}`, {
      headers: signedIn('buyer-token'),
    });
    expect(globalThis.Request).toBe(ORIGINAL_GLOBALS.Request);
    expect(globalThis.Response).toBe(ORIGINAL_GLOBALS.Response);
  });

  it('cancels the call to DHMAD when the browser goes away, without reporting an error', async () => {
    let upstreamSignal: AbortSignal | undefined;
    const { proxy, onError } = makeProxy(
      (_url, init) =>
        new Promise((_, reject) => {
          upstreamSignal = init.signal ?? undefined;
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const origin = await serve(toNodeHandler(proxy));
    const browser = new AbortController();
    const pending = fetch(`${origin}/api/escrow/escrows/${PAID_ESCROW_ID}`, {
      headers: signedIn('buyer-token'),
      signal: browser.signal,
    }).catch((error: unknown) => error);
    await vi.waitFor(() => expect(upstreamSignal).toBeDefined());
    browser.abort();
    await pending;
    await vi.waitFor(() => expect(upstreamSignal?.aborted).toBe(true));
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('mounted as the README shows', () => {
  it('in Express 5 with app.all("/api/escrow/*splat")', async () => {
    const { proxy } = makeProxy();
    const app = express();
    app.all('/api/escrow/*splat', toNodeHandler(proxy));
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    const origin = await serve(app);
    const headers = { ...signedIn('buyer-token'), 'Content-Type': 'application/json' };

    const escrow = await browserFetch(`${origin}/api/escrow/escrows/${PAID_ESCROW_ID}`, {
      headers,
    });
    expect(escrow.status).toBe(200);
    const session = await browserFetch(`${origin}/api/escrow/escrows/${PROOF_ESCROW_ID}/sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'review_proof' }),
    });
    expect(session.status).toBe(201);
    expect(await session.json()).toMatchObject({ url: expect.stringContaining('/checkout/') });
    const missing = await browserFetch(`${origin}/api/escrow/nothing/here`, { headers });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });

  it('in Hono with app.all("/api/escrow/*")', async () => {
    const { proxy } = makeProxy();
    const app = new Hono();
    app.all('/api/escrow/*', (c) => proxy(c.req.raw));
    const response = await log.record(
      'hono',
      await app.request(`/api/escrow/escrows/${PROOF_ESCROW_ID}/proof`, {
        headers: signedIn('buyer-token'),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      proof: { phase: 'submitted_waiting_buyer_review' },
    });
  });
});

describeEveryResponse(log, 9, { json: false });
