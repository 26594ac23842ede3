import { businessError, docEscrow, docProof, docSession, docSessionCreated } from '@kit/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEscrowClient } from './createEscrowClient';
import { EscrowApiError, isEscrowApiError } from './EscrowApiError';

type Answer = { status?: number; body?: unknown; raw?: string; headers?: Record<string, string> };

/** A client whose fetch answers once with the given response, recording the request. */
function clientAnswering(answer: Answer, options: Parameters<typeof createEscrowClient>[0] = {}) {
  const requests: Request[] = [];
  const client = createEscrowClient({
    ...options,
    fetch: async (input, init) => {
      requests.push(new Request(new URL(String(input), 'http://localhost'), init));
      return new Response(answer.raw ?? JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: answer.headers,
      });
    },
  });
  return { client, requests };
}

async function failure(promise: Promise<unknown>): Promise<EscrowApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isEscrowApiError(error)) throw new Error(`expected an EscrowApiError, got ${String(error)}`);
  return error;
}

describe('createEscrowClient: documented success bodies', () => {
  it('reads the documented escrow, keeping unknown fields and values', async () => {
    const body = { escrow: { ...docEscrow, status: 'on_hold', futureField: { x: 1 } } };
    const { client, requests } = clientAnswering({ body });
    const escrow = await client.getEscrow('507f1f77bcf86cd799439011');
    expect(requests[0]?.url).toBe('http://localhost/api/escrow/escrows/507f1f77bcf86cd799439011');
    expect(escrow).toMatchObject({
      id: '507f1f77bcf86cd799439011',
      status: 'on_hold',
      seller: { email: 'seller@example.com' },
      disputeTicket: { ticketNumber: 'DHM-00042' },
      futureField: { x: 1 },
    });
  });

  it('accepts parties as ids or null, null signatures, and an escrow identified only by _id', async () => {
    const body = {
      escrow: { _id: 'abc', status: 'pending', seller: null, buyer: '507f', signatures: null },
    };
    const escrow = await clientAnswering({ body }).client.getEscrow('abc');
    expect(escrow).toMatchObject({ id: 'abc', seller: null, buyer: '507f', signatures: null });
  });

  it('reads the documented proof, defaulting absent lists', async () => {
    const { client } = clientAnswering({ body: { proof: docProof } });
    await expect(client.getProof('e1')).resolves.toEqual(docProof);
    const bare = clientAnswering({ body: { proof: { phase: 'a_new_phase' } } }).client;
    await expect(bare.getProof('e1')).resolves.toEqual({
      phase: 'a_new_phase',
      submissions: [],
      latestSubmission: null,
      checkoutActions: [],
    });
  });

  it('posts a session request as JSON and reads the documented answer', async () => {
    const { client, requests } = clientAnswering(
      { status: 201, body: docSessionCreated },
      { baseUrl: '/backend/escrow/', headers: { 'X-CSRF-Token': 't0k' } },
    );
    const created = await client.createSession('e 1', {
      action: 'accept_pay',
      metadata: { order_id: 'ord_123' },
    });
    expect(created).toEqual(docSessionCreated);
    const request = requests[0] as Request;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://localhost/backend/escrow/escrows/e%201/sessions');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('x-csrf-token')).toBe('t0k');
    expect(await request.json()).toEqual({
      action: 'accept_pay',
      metadata: { order_id: 'ord_123' },
    });
  });

  it.each([
    ['deliver', (c: ReturnType<typeof createEscrowClient>) => c.deliver('e 1'), 'deliver', {}],
    ['cancel', (c: ReturnType<typeof createEscrowClient>) => c.cancel('e 1'), 'cancel', {}],
    [
      'rejectDelivery',
      (c: ReturnType<typeof createEscrowClient>) => c.rejectDelivery('e 1', { reason: 'Torn' }),
      'reject-delivery',
      { reason: 'Torn' },
    ],
  ] as const)(
    '%s posts JSON to …/%s and reads { message, escrow }',
    async (_, call, path, body) => {
      const { client, requests } = clientAnswering({
        body: { message: 'Escrow marked as delivered', escrow: { ...docEscrow, id: undefined } },
      });
      const result = await call(client);
      expect(result).toMatchObject({
        message: 'Escrow marked as delivered',
        escrow: { id: docEscrow._id, status: docEscrow.status },
      });
      const request = requests[0] as Request;
      expect(request.method).toBe('POST');
      expect(request.url).toBe(`http://localhost/api/escrow/escrows/e%201/${path}`);
      expect(request.headers.get('content-type')).toBe('application/json');
      expect(await request.json()).toEqual(body);
    },
  );

  it('calls a headers function for every request', async () => {
    let n = 0;
    const { client, requests } = clientAnswering(
      { body: { session: docSession } },
      { headers: async () => ({ Authorization: `Bearer app-token-${++n}` }) },
    );
    await client.getSession(docSession.sessionId);
    await client.getSession(docSession.sessionId);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer app-token-1',
      'Bearer app-token-2',
    ]);
  });
});

describe('createEscrowClient: every documented error form', () => {
  it('reads a business-rule refusal with its user message', async () => {
    const body = businessError('CONTRACT_ALREADY_SIGNED', 'This contract has already been signed.');
    const error = await failure(
      clientAnswering({ status: 400, body }).client.createSession('e1', {
        action: 'sign_contract',
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'CONTRACT_ALREADY_SIGNED',
      type: 'business_rule_violation',
      userMessage: 'This contract has already been signed.',
      message: 'Cannot create checkout session: CONTRACT_ALREADY_SIGNED',
    });
  });

  it.each([
    [401, { error: 'Unauthorized' }, 'Unauthorized'],
    [
      403,
      { error: 'Forbidden', message: 'You do not have access to this escrow.' },
      'You do not have access to this escrow.',
    ],
    [404, { error: 'Escrow not found' }, 'Escrow not found'],
    [404, { error: 'Not Found', message: 'Escrow not found' }, 'Escrow not found'],
    [404, { error: 'Developer not found' }, 'Developer not found'],
    [500, { error: 'Internal Server Error' }, 'Internal Server Error'],
  ])('reads a generic %i answer', async (status, body, message) => {
    const error = await failure(clientAnswering({ status, body }).client.getEscrow('e1'));
    expect(error).toMatchObject({ status, code: 'HTTP_ERROR', message, userMessage: undefined });
  });

  it('keeps validation details', async () => {
    const body = {
      error: 'Bad Request',
      message: 'Invalid request parameters',
      details: { amount: 'Amount must be a positive number' },
    };
    const error = await failure(clientAnswering({ status: 400, body }).client.getEscrow('e1'));
    expect(error.details).toEqual({ amount: 'Amount must be a positive number' });
  });

  it('reads retryAfter from a 429 body, or from the Retry-After header', async () => {
    const body = {
      error: 'Too Many Requests',
      message: 'Rate limit exceeded. Please try again later.',
      retryAfter: 3600,
    };
    const fromBody = await failure(clientAnswering({ status: 429, body }).client.getEscrow('e1'));
    expect(fromBody).toMatchObject({ status: 429, retryAfter: 3600 });
    const fromHeader = await failure(
      clientAnswering({
        status: 429,
        body: { error: 'Too Many Requests' },
        headers: { 'Retry-After': '12' },
      }).client.getEscrow('e1'),
    );
    expect(fromHeader.retryAfter).toBe(12);
  });

  it.each([
    { error: { code: 'PROOF_NOT_ACCEPTED', message: 'Proof not accepted' } },
    { error: 'Conflict', code: 'PROOF_NOT_ACCEPTED' },
    { error: 'PROOF_NOT_ACCEPTED' },
  ])('finds the 409 code wherever DHMAD puts it: %j', async (body) => {
    const error = await failure(clientAnswering({ status: 409, body }).client.getEscrow('e1'));
    expect(error).toMatchObject({ status: 409, code: 'PROOF_NOT_ACCEPTED' });
  });
});

describe('createEscrowClient: bad answers and dead networks', () => {
  it('turns a non-JSON body into INVALID_RESPONSE, keeping the status', async () => {
    const raw = '<html><body>502 Bad Gateway</body></html>';
    const error = await failure(clientAnswering({ status: 502, raw }).client.getEscrow('e1'));
    expect(error).toMatchObject({ status: 502, code: 'INVALID_RESPONSE' });
  });

  it('turns a 200 of the wrong shape into INVALID_RESPONSE', async () => {
    const error = await failure(
      clientAnswering({ body: { escrow: { id: 'e1' } } }).client.getEscrow('e1'),
    );
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
  });

  it('turns an escrow with neither id nor _id into INVALID_RESPONSE, keeping the status', async () => {
    const error = await failure(
      clientAnswering({ status: 203, body: { escrow: { status: 'pending' } } }).client.getEscrow(
        'e1',
      ),
    );
    expect(error).toMatchObject({ status: 203, code: 'INVALID_RESPONSE' });
    expect(error.message).toContain('escrow has no id');
  });

  it('turns a transport failure into NETWORK_ERROR with status 0', async () => {
    const client = createEscrowClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await failure(client.getEscrow('e1'));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('lets a cancellation propagate as an abort, not as a network error', async () => {
    const controller = new AbortController();
    const client = createEscrowClient({
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          ),
        ),
    });
    const pending = client.getEscrow('e1', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('for any JSON body and any status, returns parsed data or throws EscrowApiError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.integer({ min: 200, max: 599 }),
        fc.constantFrom('getEscrow', 'getProof', 'getSession', 'createSession'),
        async (body, status, method) => {
          const { client } = clientAnswering({
            status,
            raw:
              status === 204 || status === 205 || status === 304 ? undefined : JSON.stringify(body),
          });
          const call =
            method === 'createSession'
              ? client.createSession('e1', { action: 'accept_pay' })
              : client[method]('e1');
          const outcome = await call.then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (outcome.ok) {
            expect(status).toBeLessThan(300);
            expect(outcome.value).toBeTypeOf('object');
          } else {
            expect(outcome.error).toBeInstanceOf(EscrowApiError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
