// @vitest-environment node
import type { Fault } from '@kit/mock';
import { describe, expect, it } from 'vitest';
import type { UpstreamFetch } from './callUpstream';
import { createDhmadClient } from './createDhmadClient';
import { DhmadApiError } from './DhmadApiError';
import { API_KEY, API_KEY_SECRET } from './test/apiKey';
import { createTestUpstream, PAID_ESCROW_ID, PROOF_ESCROW_ID } from './test/createTestUpstream';

const client = (fetch: UpstreamFetch, timeoutMs?: number) =>
  createDhmadClient({ apiKey: API_KEY, fetch, timeoutMs });
const answering = (body: string, init: ResponseInit) =>
  client(async () => new Response(body, init));

async function failureOf(promise: Promise<unknown>): Promise<DhmadApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DhmadApiError);
  return error as DhmadApiError;
}

describe('DhmadApiError: what each failure of createDhmadClient says', () => {
  it('reads DHMAD’s 404 { error } with its status', async () => {
    const dhmad = createTestUpstream(API_KEY);
    const error = await failureOf(client(dhmad.fetch).getEscrow('aaaaaaaaaaaaaaaaaaaaaaaa'));
    expect(error).toMatchObject({ status: 404, code: 'HTTP_ERROR', message: 'Escrow not found' });
  });

  it('reads the simulator’s 409 PROOF_NOT_ACCEPTED with its user_message', async () => {
    const dhmad = createTestUpstream(API_KEY);
    const error = await failureOf(client(dhmad.fetch).deliver(PROOF_ESCROW_ID));
    expect(error).toMatchObject({
      name: 'DhmadApiError',
      status: 409,
      code: 'PROOF_NOT_ACCEPTED',
      type: 'business_rule_violation',
      userMessage: 'The proof of purchase must be accepted before delivery.',
    });
  });

  it.each([
    ['error.code', { error: { code: 'PROOF_NOT_ACCEPTED', message: 'Not accepted' } }],
    ['code', { code: 'PROOF_NOT_ACCEPTED', message: 'Not accepted', user_message: 'Wait.' }],
    ['a code-shaped error string', { error: 'PROOF_NOT_ACCEPTED', message: 'Not accepted' }],
  ])('reads a 409 whose code sits in %s', async (_, body) => {
    const error = await failureOf(
      answering(JSON.stringify(body), { status: 409 }).deliver(PAID_ESCROW_ID),
    );
    expect(error).toMatchObject({
      status: 409,
      code: 'PROOF_NOT_ACCEPTED',
      message: 'Not accepted',
    });
  });

  it.each([
    ['an unknown object', '{"status":"conflict","code":7}'],
    ['an array', '["PROOF_NOT_ACCEPTED"]'],
    ['null', 'null'],
  ])('gives a 409 with %s a clear error with its status', async (_, body) => {
    const error = await failureOf(answering(body, { status: 409 }).deliver(PAID_ESCROW_ID));
    expect(error).toMatchObject({ status: 409, code: 'HTTP_ERROR' });
    expect(error.message).toMatch(/409/);
  });

  it('keeps a 400’s field details', async () => {
    const body = {
      error: 'Bad Request',
      message: 'Invalid request parameters',
      details: { amount: 'Amount must be a positive number' },
    };
    const error = await failureOf(
      answering(JSON.stringify(body), { status: 400 }).getEscrow(PAID_ESCROW_ID),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'HTTP_ERROR',
      message: 'Invalid request parameters',
      details: { amount: 'Amount must be a positive number' },
    });
  });

  it('reads a 429’s retryAfter', async () => {
    const dhmad = createTestUpstream(API_KEY);
    dhmad.simulator.faults.set('all', { type: 'rateLimit', retryAfter: 3600 });
    const error = await failureOf(client(dhmad.fetch).getEscrow(PAID_ESCROW_ID));
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
  });

  it.each([
    ['cannot be reached', { type: 'network' }, 0, 'NETWORK_ERROR'],
    ['is slower than timeoutMs', { type: 'latency', ms: 1000 }, 0, 'TIMEOUT'],
    ['answers an HTML error page', { type: 'html502' }, 502, 'INVALID_RESPONSE'],
  ] satisfies [string, Fault, number, string][])(
    'when DHMAD %s → status %i, %s',
    async (_, fault, status, code) => {
      const dhmad = createTestUpstream(API_KEY);
      dhmad.simulator.faults.set('all', fault);
      const started = Date.now();
      const error = await failureOf(client(dhmad.fetch, 50).getEscrow(PAID_ESCROW_ID));
      expect(Date.now() - started).toBeLessThan(900);
      expect(error).toMatchObject({ status, code });
    },
  );

  it.each([
    ['a success of an unexpected shape', '{"data":{}}', { status: 200 }],
    ['a redirect', '{}', { status: 302, headers: { Location: 'https://elsewhere.example/' } }],
    [
      'a body with the API key in it',
      JSON.stringify({ escrow: { id: 'a', status: API_KEY } }),
      { status: 200 },
    ],
  ] satisfies [string, string, ResponseInit & { status: number }][])(
    'refuses %s as INVALID_RESPONSE',
    async (_, body, init) => {
      const error = await failureOf(answering(body, init).getEscrow(PAID_ESCROW_ID));
      expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: init.status });
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain(API_KEY_SECRET);
    },
  );

  it('rejects with the caller’s own abort reason, as fetch does', async () => {
    const dhmad = createTestUpstream(API_KEY);
    dhmad.simulator.faults.set('all', { type: 'latency', ms: 1000 });
    const controller = new AbortController();
    const call = client(dhmad.fetch).getEscrow(PAID_ESCROW_ID, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each([
    [
      'an id that leaves its segment',
      (c: ReturnType<typeof client>) => c.getEscrow('../me'),
      'INVALID_ID',
    ],
    [
      'a session id with a query',
      (c: ReturnType<typeof client>) => c.getSession('x?y=1'),
      'INVALID_ID',
    ],
    [
      'a reason of 1001 characters',
      (c: ReturnType<typeof client>) =>
        c.rejectDelivery(PAID_ESCROW_ID, { reason: 'r'.repeat(1001) }),
      'INVALID_REJECTION_REASON',
    ],
    [
      'a reason that is not a string',
      (c: ReturnType<typeof client>) =>
        c.rejectDelivery(PAID_ESCROW_ID, { reason: 42 as unknown as string }),
      'INVALID_REJECTION_REASON',
    ],
  ])('refuses %s with status 0, nothing sent', async (_, call, code) => {
    const dhmad = createTestUpstream(API_KEY);
    const error = await failureOf(call(client(dhmad.fetch)));
    expect(error).toMatchObject({ status: 0, code });
    expect(dhmad.received).toEqual([]);
  });

  it('answers a missing or malformed key with MISCONFIGURED, nothing sent, the key not shown', async () => {
    const dhmad = createTestUpstream(API_KEY);
    const broken = createDhmadClient({ apiKey: `${API_KEY}x`, fetch: dhmad.fetch });
    const error = await failureOf(broken.getEscrow(PAID_ESCROW_ID));
    expect(error).toMatchObject({ status: 0, code: 'MISCONFIGURED' });
    expect(String(error.cause)).toMatch(/createDhmadClient: `apiKey`/);
    expect(String(error.cause)).not.toContain(API_KEY_SECRET);
    expect(dhmad.received).toEqual([]);
  });

  it('throws a TypeError at construction for options of the wrong shape', () => {
    expect(() => createDhmadClient({ apiKey: API_KEY, apiBaseUrl: 'http://dhmad.tn' })).toThrow(
      /createDhmadClient: `apiBaseUrl`/,
    );
    expect(() => createDhmadClient({ apiKey: API_KEY, timeoutMs: 0 })).toThrow(TypeError);
  });
});
