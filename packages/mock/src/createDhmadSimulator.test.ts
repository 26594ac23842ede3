// @vitest-environment node
import { BUSINESS_ERROR_CODES, type CheckoutAction } from '@kit/hooks';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator, type DhmadSimulator, MOCK_API_KEY } from './createDhmadSimulator';
import {
  SCENARIO_BUYER as BUYER,
  SCENARIOS,
  type Scenario,
  type ScenarioId,
  SCENARIO_SELLER as SELLER,
} from './scenarios';

const RETURN = 'http://localhost:6006/checkout/return';
const HOUR = 3_600_000;

/** Calls DHMAD's own API on the simulator, with the key. */
async function api(
  sim: DhmadSimulator,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = MOCK_API_KEY,
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await sim.handle(
    new Request(`https://sandbox.dhmad.tn/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

const newSim = () => createDhmadSimulator({ scenarios: true });

async function session(
  sim: DhmadSimulator,
  id: string,
  action: CheckoutAction,
  target: string,
  redirectUrl = RETURN,
) {
  const res = await api(sim, 'POST', `/escrows/${id}/sessions`, {
    action,
    targetUserEmail: target,
    redirectUrl,
  });
  expect(res.status).toBe(201);
  return res.body.sessionId as string;
}

async function act(
  sim: DhmadSimulator,
  id: string,
  action: CheckoutAction,
  target: string,
  opts = {},
) {
  sim.completeSession(await session(sim, id, action, target), opts);
  return (await api(sim, 'GET', `/escrows/${id}`)).body.escrow;
}

const quickWithProof = {
  title: 'iPhone 15 from Dubai',
  amount: 2500,
  currency: 'TND',
  buyerEmail: BUYER,
  sellerEmail: SELLER,
  estimatedDeliveryDays: 5,
  mode: 'quick',
  fulfillmentPolicy: {
    type: 'purchase_proof_required',
    proofUploadDeadlineHours: 24,
    buyerReviewDeadlineHours: 24,
  },
};

describe('authentication and errors', () => {
  it('requires the API key, as a Bearer token or X-API-Key', async () => {
    const sim = newSim();
    expect(await api(sim, 'GET', '/escrows/status-paid', undefined, null)).toMatchObject({
      status: 401,
      body: { error: 'Unauthorized' },
    });
    expect(
      (await api(sim, 'GET', '/escrows/status-paid', undefined, 'sk_sandbox_wrong')).status,
    ).toBe(401);
    const viaHeader = await sim.handle(
      new Request('https://sandbox.dhmad.tn/api/v1/escrows/status-paid', {
        headers: { 'X-API-Key': MOCK_API_KEY },
      }),
    );
    expect(viaHeader.status).toBe(200);
  });

  it('answers unknown escrows and sessions with DHMAD’s 404 bodies', async () => {
    const sim = newSim();
    expect(await api(sim, 'GET', '/escrows/nope')).toEqual(
      expect.objectContaining({ status: 404, body: { error: 'Escrow not found' } }),
    );
    expect((await api(sim, 'GET', '/sessions/nope')).body).toEqual({
      error: 'Checkout session not found',
    });
  });

  it('serves the proxy contract without a key', async () => {
    const sim = newSim();
    const res = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/proof-submitted'),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).escrow.proofInfo.phase).toBe('submitted_waiting_buyer_review');
  });
});

describe('creating escrows', () => {
  it.each([
    [
      'standard',
      {
        title: 'Logo',
        amount: 300,
        buyerEmail: BUYER,
        sellerEmail: SELLER,
        estimatedDeliveryDays: 7,
        contractTerms: 'A logo.',
      },
    ],
    ['quick', { ...quickWithProof, fulfillmentPolicy: undefined }],
    ['quick with proof', quickWithProof],
    ['instant', { title: 'E-book', amount: 0.5, buyerEmail: BUYER, mode: 'instant' }],
  ])('creates a %s escrow', async (_, body) => {
    const sim = newSim();
    const res = await api(sim, 'POST', '/escrows', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      message: 'Escrow created successfully',
      escrow: { status: 'pending' },
    });
    expect(res.body.trackingId).toBe(res.body.escrow.id);
    expect(res.body.contract === null).toBe('mode' in body);
  });

  it.each([
    ['a missing title', { ...quickWithProof, title: '' }, 'title'],
    ['a negative amount', { ...quickWithProof, amount: -5 }, 'amount'],
    ['less than 5 TND', { ...quickWithProof, amount: 4 }, 'amount'],
    ['an unknown currency', { ...quickWithProof, currency: 'GBP' }, 'currency'],
    ['no buyer email', { ...quickWithProof, buyerEmail: 'not-an-email' }, 'buyerEmail'],
    [
      'an upload deadline under 6 hours',
      {
        ...quickWithProof,
        fulfillmentPolicy: { type: 'purchase_proof_required', proofUploadDeadlineHours: 5 },
      },
      'fulfillmentPolicy.proofUploadDeadlineHours',
    ],
    [
      'a review deadline over 72 hours',
      {
        ...quickWithProof,
        fulfillmentPolicy: { type: 'purchase_proof_required', buyerReviewDeadlineHours: 73 },
      },
      'fulfillmentPolicy.buyerReviewDeadlineHours',
    ],
    [
      'a proof policy on a standard escrow',
      { ...quickWithProof, mode: 'standard', contractTerms: 'x' },
      'fulfillmentPolicy',
    ],
    [
      'contract terms on a quick escrow',
      { ...quickWithProof, contractTerms: 'x' },
      'contractTerms',
    ],
    [
      'a seller on an instant escrow',
      { title: 'x', amount: 1, buyerEmail: BUYER, sellerEmail: SELLER, mode: 'instant' },
      'sellerEmail',
    ],
    [
      'no contract terms on a standard escrow',
      { title: 'x', amount: 10, buyerEmail: BUYER, estimatedDeliveryDays: 3 },
      'contractTerms',
    ],
  ])('refuses %s with a field detail', async (_, body, field) => {
    const res = await api(newSim(), 'POST', '/escrows', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'Bad Request', message: 'Invalid request parameters' });
    expect(res.body.details).toHaveProperty([field]);
  });
});

describe('the 18 business codes of checkout sessions', () => {
  const cases: Record<
    string,
    {
      escrow: ScenarioId;
      action: CheckoutAction;
      target: string;
      redirectUrl?: string;
      noRedirects?: boolean;
    }
  > = {
    NO_REDIRECT_URLS_CONFIGURED: {
      escrow: 'status-pending',
      action: 'accept_pay',
      target: BUYER,
      noRedirects: true,
    },
    REDIRECT_URL_NOT_ALLOWED: {
      escrow: 'status-pending',
      action: 'accept_pay',
      target: BUYER,
      redirectUrl: 'https://elsewhere.example/return',
    },
    REDIRECT_URL_MUST_BE_HTTPS: {
      escrow: 'status-pending',
      action: 'accept_pay',
      target: BUYER,
      redirectUrl: 'http://shop.example/return',
    },
    INSTANT_ESCROW_NO_CONTRACT: { escrow: 'mode-instant', action: 'sign_contract', target: BUYER },
    INSTANT_ESCROW_NO_COMPLETE_STEP: { escrow: 'mode-instant', action: 'complete', target: BUYER },
    QUICK_ESCROW_NO_CONTRACT: { escrow: 'mode-quick', action: 'sign_contract', target: BUYER },
    CONTRACT_ALREADY_SIGNED: { escrow: 'mode-standard', action: 'sign_contract', target: SELLER },
    PAYMENT_ALREADY_DONE: { escrow: 'status-paid', action: 'accept_pay', target: BUYER },
    ESCROW_ALREADY_COMPLETED: { escrow: 'status-completed', action: 'complete', target: BUYER },
    DISPUTE_ALREADY_OPENED: { escrow: 'disputed', action: 'dispute', target: SELLER },
    CANCELLATION_REQUEST_INVALID_STATUS: {
      escrow: 'status-pending',
      action: 'request_cancellation',
      target: BUYER,
    },
    CANCELLATION_REQUEST_BUYER_ONLY: {
      escrow: 'status-paid',
      action: 'request_cancellation',
      target: SELLER,
    },
    CANCEL_ESCROW_INVALID_STATUS: {
      escrow: 'status-pending',
      action: 'cancel_escrow',
      target: SELLER,
    },
    CANCEL_ESCROW_SELLER_ONLY: { escrow: 'status-paid', action: 'cancel_escrow', target: BUYER },
    CHECKOUT_TARGET_NOT_BUYER: { escrow: 'status-pending', action: 'accept_pay', target: SELLER },
    CHECKOUT_TARGET_NOT_SELLER: {
      escrow: 'cancellation-requested',
      action: 'accept_cancellation',
      target: BUYER,
    },
    CANCELLATION_ALREADY_REQUESTED: {
      escrow: 'cancellation-requested',
      action: 'request_cancellation',
      target: BUYER,
    },
    NO_PENDING_CANCELLATION: {
      escrow: 'status-paid',
      action: 'reject_cancellation',
      target: SELLER,
    },
  };

  it('has a case for every code', () => {
    expect(Object.keys(cases).sort()).toEqual([...BUSINESS_ERROR_CODES].sort());
  });

  it.each(Object.entries(cases))('%s', async (code, c) => {
    const sim = newSim();
    if (c.noRedirects) sim.setAllowedRedirectUrls([]);
    const res = await api(sim, 'POST', `/escrows/${c.escrow}/sessions`, {
      action: c.action,
      targetUserEmail: c.target,
      redirectUrl: c.redirectUrl ?? RETURN,
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code,
        type: 'business_rule_violation',
        message: expect.any(String),
        user_message: expect.stringMatching(/\w+.*\.$/),
      },
    });
  });

  it('uses DHMAD’s own words where the documentation gives them', async () => {
    const res = await api(newSim(), 'POST', '/escrows/status-paid/sessions', {
      action: 'accept_pay',
      targetUserEmail: BUYER,
      redirectUrl: RETURN,
    });
    expect(res.body.error.user_message).toBe(
      'Payment has already been completed for this transaction.',
    );
  });

  it('refuses metadata values over 500 characters and actions outside the ten', async () => {
    const sim = newSim();
    const long = await api(sim, 'POST', '/escrows/status-pending/sessions', {
      action: 'accept_pay',
      targetUserEmail: BUYER,
      redirectUrl: RETURN,
      metadata: { note: 'x'.repeat(501) },
    });
    expect(long).toMatchObject({
      status: 400,
      body: { details: { 'metadata.note': expect.any(String) } },
    });
    const odd = await api(sim, 'POST', '/escrows/status-pending/sessions', {
      action: 'refund_now',
      targetUserEmail: BUYER,
      redirectUrl: RETURN,
    });
    expect(odd).toMatchObject({ status: 400, body: { details: { action: expect.any(String) } } });
  });
});

describe('sessions', () => {
  it('are read back with their metadata, and expire 30 minutes after creation', async () => {
    const sim = newSim();
    const created = await api(sim, 'POST', '/escrows/status-pending/sessions', {
      action: 'accept_pay',
      targetUserEmail: BUYER,
      redirectUrl: RETURN,
      metadata: { order_id: 'ord_123' },
    });
    expect(created.body.url).toBe(`https://sandbox.dhmad.tn/checkout/${created.body.sessionId}`);
    expect(Date.parse(created.body.expiresAt) - sim.clock.now().getTime()).toBe(30 * 60_000);
    const read = await api(sim, 'GET', `/sessions/${created.body.sessionId}`);
    expect(read.body.session).toMatchObject({
      escrowId: 'status-pending',
      action: 'accept_pay',
      status: 'open',
      metadata: { order_id: 'ord_123' },
    });
    sim.clock.advance(31 * 60_000);
    expect((await api(sim, 'GET', `/sessions/${created.body.sessionId}`)).body.session.status).toBe(
      'expired',
    );
    expect(() => sim.completeSession(created.body.sessionId)).toThrow(/expired/);
  });

  it('can be abandoned, and then not completed', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-pending', 'accept_pay', BUYER);
    expect(sim.abandonSession(id).status).toBe('abandoned');
    expect(() => sim.completeSession(id)).toThrow(/abandoned/);
    expect((await api(sim, 'GET', '/escrows/status-pending')).body.escrow.status).toBe('pending');
  });

  it('gives the same ids and times for the same seed', async () => {
    const ids = async () => {
      const sim = createDhmadSimulator({ seed: 7, scenarios: ['status-pending'] });
      return (
        await api(sim, 'POST', '/escrows/status-pending/sessions', {
          action: 'accept_pay',
          targetUserEmail: BUYER,
          redirectUrl: RETURN,
        })
      ).body;
    };
    expect(await ids()).toEqual(await ids());
  });
});

describe('every mode end to end', () => {
  it('standard: both sign, the buyer pays, the seller delivers, the buyer confirms', async () => {
    const sim = newSim();
    const { body } = await api(sim, 'POST', '/escrows', {
      title: 'Logo',
      amount: 300,
      buyerEmail: BUYER,
      sellerEmail: SELLER,
      estimatedDeliveryDays: 7,
      contractTerms: 'A logo.',
    });
    const id = body.escrow.id as string;
    await act(sim, id, 'sign_contract', SELLER);
    expect((await act(sim, id, 'sign_contract', BUYER)).signatures).toMatchObject({
      isFullySigned: true,
    });
    expect((await act(sim, id, 'accept_pay', BUYER)).status).toBe('paid');
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).body.escrow.status).toBe('delivered');
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
    expect(sim.events.filter((e) => e.escrowId === id).map((e) => e.type)).toEqual([
      'contract.signed',
      'contract.signed',
      'escrow.status.updated',
      'escrow.status.updated',
      'escrow.status.updated',
    ]);
  });

  it('quick: the buyer pays, delivery can be rejected and redone, the buyer confirms', async () => {
    const sim = newSim();
    const id = (
      await api(sim, 'POST', '/escrows', { ...quickWithProof, fulfillmentPolicy: undefined })
    ).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    await api(sim, 'POST', `/escrows/${id}/deliver`);
    const rejected = await api(sim, 'POST', `/escrows/${id}/reject-delivery`, {
      reason: 'Wrong colour',
    });
    expect(rejected.body.escrow).toMatchObject({
      status: 'paid',
      deliveredAt: null,
      deliveryRejections: [{ reason: 'Wrong colour' }],
    });
    await api(sim, 'POST', `/escrows/${id}/deliver`);
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
  });

  it('instant: the buyer pays and delivery completes it at once', async () => {
    const sim = newSim();
    const id = (
      await api(sim, 'POST', '/escrows', {
        title: 'E-book',
        amount: 10,
        buyerEmail: BUYER,
        mode: 'instant',
      })
    ).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    const delivered = await api(sim, 'POST', `/escrows/${id}/deliver`);
    expect(delivered.body).toMatchObject({
      message: 'Escrow delivered and completed (instant mode). Funds released.',
      escrow: { status: 'completed' },
    });
  });

  it('cancels only pending escrows through the API', async () => {
    const sim = newSim();
    expect((await api(sim, 'POST', '/escrows/status-pending/cancel')).body.escrow.status).toBe(
      'cancelled',
    );
    expect((await api(sim, 'POST', '/escrows/status-paid/cancel')).status).toBe(400);
  });

  it('handles disputes and cancellation requests through checkout', async () => {
    const sim = newSim();
    expect(
      (await act(sim, 'status-paid', 'dispute', BUYER, { reason: 'Broken' })).disputeTicket,
    ).toMatchObject({ status: 'open', previewReason: 'Broken' });
    await act(sim, 'status-delivered', 'request_cancellation', BUYER);
    expect(
      (await act(sim, 'status-delivered', 'reject_cancellation', SELLER)).cancellationRequest
        .status,
    ).toBe('rejected');
    expect((await act(sim, 'cancellation-requested', 'accept_cancellation', SELLER)).status).toBe(
      'cancelled',
    );
    expect(sim.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'escrow.cancellation.requested',
        'escrow.cancellation.rejected',
        'escrow.cancellation.accepted',
      ]),
    );
  });
});

describe('the proof lifecycle', () => {
  async function funded() {
    const sim = createDhmadSimulator();
    const id = (await api(sim, 'POST', '/escrows', quickWithProof)).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    return { sim, id };
  }
  const proof = async (sim: DhmadSimulator, id: string) =>
    (await api(sim, 'GET', `/escrows/${id}/proof`)).body.proof;

  it('pay → submit → correction → submit → accept → deliver (409 before) → complete', async () => {
    const { sim, id } = await funded();
    expect(await proof(sim, id)).toMatchObject({
      phase: 'waiting_seller_proof',
      checkoutActions: [{ action: 'submit_proof', targetUserEmail: SELLER }],
    });
    expect(await api(sim, 'POST', `/escrows/${id}/deliver`)).toMatchObject({
      status: 409,
      body: { error: { code: 'PROOF_NOT_ACCEPTED' } },
    });
    await act(sim, id, 'submit_proof', SELLER, { note: 'Blurry receipt' });
    expect(await proof(sim, id)).toMatchObject({
      phase: 'submitted_waiting_buyer_review',
      checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
    });
    await act(sim, id, 'review_proof', BUYER, { decision: 'request_correction' });
    expect(await proof(sim, id)).toMatchObject({
      phase: 'correction_requested',
      correctionRounds: 1,
    });
    await act(sim, id, 'submit_proof', SELLER, {
      attachments: [
        { mimeType: 'application/pdf', fileName: 'invoice.pdf' },
        { mimeType: 'image/png' },
      ],
    });
    await act(sim, id, 'review_proof', BUYER, { decision: 'accept' });
    const accepted = await proof(sim, id);
    expect(accepted).toMatchObject({ phase: 'accepted', submissionCount: 2, checkoutActions: [] });
    expect(
      accepted.latestSubmission.attachments.map((a: { mimeType: string }) => a.mimeType),
    ).toEqual(['application/pdf', 'image/png']);
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).body.escrow.status).toBe('delivered');
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
    expect(sim.events.filter((e) => e.type.startsWith('escrow.proof.')).map((e) => e.type)).toEqual(
      [
        'escrow.proof.required',
        'escrow.proof.submitted',
        'escrow.proof.correction_requested',
        'escrow.proof.submitted',
        'escrow.proof.accepted',
      ],
    );
  });

  it('goes to DHMAD review once the correction rounds are used up', async () => {
    const { sim, id } = await funded();
    for (let round = 1; round <= 3; round++) {
      await act(sim, id, 'submit_proof', SELLER);
      await act(sim, id, 'review_proof', BUYER, { decision: 'request_correction' });
    }
    expect(await proof(sim, id)).toMatchObject({ phase: 'needs_review', correctionRounds: 3 });
    expect(sim.events.at(-1)?.type).toBe('escrow.proof.needs_review');
  });

  it('expires, cancels and refunds when the seller misses the upload deadline', async () => {
    const { sim, id } = await funded();
    sim.clock.advance(23 * HOUR);
    expect((await proof(sim, id)).phase).toBe('waiting_seller_proof');
    sim.clock.advance(2 * HOUR);
    expect((await proof(sim, id)).phase).toBe('expired');
    expect((await api(sim, 'GET', `/escrows/${id}`)).body.escrow).toMatchObject({
      status: 'cancelled',
      refundedAt: expect.any(String),
    });
    expect(sim.events.map((e) => e.type)).toContain('escrow.proof.expired');
  });

  it('accepts by timeout when the buyer does not review in time', async () => {
    const { sim, id } = await funded();
    await act(sim, id, 'submit_proof', SELLER);
    sim.clock.advance(25 * HOUR);
    expect((await proof(sim, id)).phase).toBe('accepted_by_timeout');
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).status).toBe(200);
  });

  it('serves real files at time-limited links, and 403 once they expire', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-accepted'], viewUrlTtlMs: 60_000 });
    const [jpeg, pdf] = (await proof(sim, 'proof-accepted')).latestSubmission.attachments as {
      viewUrl: string;
    }[];
    const image = await sim.handle(new Request(jpeg?.viewUrl as string));
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect([...new Uint8Array(await image.arrayBuffer()).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const doc = await sim.handle(new Request(pdf?.viewUrl as string));
    expect(await doc.text()).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
    sim.clock.advance(61_000);
    expect((await sim.handle(new Request(jpeg?.viewUrl as string))).status).toBe(403);
  });

  it('refuses proof sessions once the escrow is cancelled mid-proof', async () => {
    const { sim, id } = await funded();
    await act(sim, id, 'cancel_escrow', SELLER);
    const res = await api(sim, 'POST', `/escrows/${id}/sessions`, {
      action: 'submit_proof',
      targetUserEmail: SELLER,
      redirectUrl: RETURN,
    });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'INVALID_STATUS' } } });
  });

  it('refuses a proof for an escrow without the proof policy', async () => {
    expect((await api(newSim(), 'GET', '/escrows/status-paid/proof')).status).toBe(400);
  });
});

describe('faults', () => {
  it('injects 500, 429 with retryAfter, an HTML 502 and a dead network, per route, until cleared', async () => {
    const sim = newSim();
    const get = () => sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid'));
    sim.faults.set('escrow', { type: 'status', status: 500 });
    expect((await get()).status).toBe(500);
    sim.faults.set('escrow', { type: 'rateLimit', retryAfter: 120 });
    const limited = await get();
    expect(limited.headers.get('retry-after')).toBe('120');
    expect(await limited.json()).toMatchObject({ retryAfter: 120 });
    sim.faults.set('escrow', { type: 'html502' });
    expect(await (await get()).text()).toContain('502 Bad Gateway');
    sim.faults.set('escrow', { type: 'network' });
    await expect(get()).rejects.toBeInstanceOf(TypeError);
    expect(
      (await sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid/proof')))
        .status,
    ).toBe(400);
    sim.faults.clear();
    expect((await get()).status).toBe(200);
  });

  it('slows a route down', async () => {
    const sim = newSim();
    sim.faults.set('all', { type: 'latency', ms: 50 });
    const started = performance.now();
    expect(
      (await sim.handle(new Request('http://localhost/api/escrow/escrows/status-paid'))).status,
    ).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});

describe('scenarios', () => {
  it.each(Object.entries(SCENARIOS as Record<string, Scenario>))(
    '%s loads as described',
    async (id, scenario) => {
      const sim = createDhmadSimulator({ scenarios: [id as ScenarioId] });
      const escrow = (await api(sim, 'GET', `/escrows/${id}`)).body.escrow;
      expect(scenario.description).toMatch(/\.$/);
      expect(escrow.id).toBe(id);
      if (scenario.state.proof) expect(escrow.proofInfo.phase).toBe(scenario.state.proof.phase);
      if (scenario.state.escrow?.status) expect(escrow.status).toBe(scenario.state.escrow.status);
    },
  );

  it('covers every proof phase, status and mode', () => {
    const list: Scenario[] = Object.values(SCENARIOS);
    const phases = new Set(list.flatMap((s) => (s.state.proof ? [s.state.proof.phase] : [])));
    expect(phases.size).toBe(7);
    expect(Object.keys(SCENARIOS).filter((k) => k.startsWith('status-'))).toHaveLength(5);
    expect(Object.keys(SCENARIOS).filter((k) => k.startsWith('mode-'))).toHaveLength(3);
  });
});

describe('what a caller observes at the edges', () => {
  /** Width and height from a JPEG's start-of-frame segment, walking the markers as a decoder does. */
  function jpegSize(bytes: Uint8Array) {
    let i = 2;
    while (i + 9 < bytes.length && bytes[i] === 0xff) {
      const marker = bytes[i + 1] as number;
      const length = ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
      if (marker >= 0xc0 && marker <= 0xc2) {
        const at = (k: number) => bytes[i + k] as number;
        return { height: (at(5) << 8) | at(6), width: (at(7) << 8) | at(8) };
      }
      i += 2 + length;
    }
    return undefined;
  }

  async function attachments(sim: DhmadSimulator, id: string) {
    const res = await api(sim, 'GET', `/escrows/${id}/proof`);
    return res.body.proof.latestSubmission.attachments as { mimeType: string; viewUrl: string }[];
  }

  it('serves images that decode: a JPEG and a PNG of 64×48 pixels', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-submitted'] });
    const [jpegLink, pngLink] = await attachments(sim, 'proof-submitted');
    const jpeg = new Uint8Array(
      await (await sim.handle(new Request(jpegLink?.viewUrl ?? ''))).arrayBuffer(),
    );
    expect([...jpeg.slice(0, 2), ...jpeg.slice(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    expect(jpegSize(jpeg)).toEqual({ width: 64, height: 48 });
    const png = new Uint8Array(
      await (await sim.handle(new Request(pngLink?.viewUrl ?? ''))).arrayBuffer(),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
    expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({
      width: 64,
      height: 48,
    });
    expect(new TextDecoder().decode(png.slice(-8, -4))).toBe('IEND');
  });

  it('serves a PDF whose cross-reference table points at its objects', async () => {
    const sim = createDhmadSimulator({
      scenarios: ['proof-waiting'],
      viewUrlTtlMs: 60_000,
    });
    const id = await session(sim, 'proof-waiting', 'submit_proof', SELLER);
    sim.completeSession(id, {
      attachments: [
        { mimeType: 'application/pdf', fileName: 'invoice.pdf' },
        { mimeType: 'text/csv' },
      ],
    });
    const [pdfLink, csvLink] = await attachments(sim, 'proof-waiting');
    const pdf = await (await sim.handle(new Request(pdfLink?.viewUrl ?? ''))).text();
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xref).startsWith('xref\n0 6\n')).toBe(true);
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((offset, i) => pdf.slice(offset).startsWith(`${i + 1} 0 obj`))).toEqual(
      Array(5).fill(true),
    );
    const csv = await sim.handle(new Request(csvLink?.viewUrl ?? ''));
    expect(csv.headers.get('content-type')).toBe('text/csv');
    expect((await csv.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('issues fresh links on every GET /proof, the old ones still valid until their TTL', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-submitted'], viewUrlTtlMs: 60_000 });
    const [first] = await attachments(sim, 'proof-submitted');
    sim.clock.advance(50_000);
    const [second] = await attachments(sim, 'proof-submitted');
    expect(second?.viewUrl).not.toBe(first?.viewUrl);
    sim.clock.advance(20_000);
    expect((await sim.handle(new Request(first?.viewUrl ?? ''))).status).toBe(403);
    expect((await sim.handle(new Request(second?.viewUrl ?? ''))).status).toBe(200);
  });

  it.each([
    ['NOT_A_PARTY', 'mode-standard', 'sign_contract', 'stranger@example.com'],
    ['INVALID_STATUS', 'status-paid', 'complete', BUYER],
    ['PROOF_NOT_REQUIRED', 'mode-quick', 'submit_proof', SELLER],
    ['PROOF_PHASE_MISMATCH', 'proof-submitted', 'submit_proof', SELLER],
  ] as const)(
    'answers the stand-in code %s in the business-rule envelope',
    async (code, escrow, action, target) => {
      const res = await api(newSim(), 'POST', `/escrows/${escrow}/sessions`, {
        action,
        targetUserEmail: target,
        redirectUrl: RETURN,
      });
      expect(res).toMatchObject({
        status: 400,
        body: {
          error: { code, type: 'business_rule_violation', user_message: expect.any(String) },
        },
      });
    },
  );

  it('uses DHMAD’s example text for a contract already signed', async () => {
    const res = await api(newSim(), 'POST', '/escrows/mode-standard/sessions', {
      action: 'sign_contract',
      targetUserEmail: SELLER,
      redirectUrl: RETURN,
    });
    expect(res.body.error).toMatchObject({
      code: 'CONTRACT_ALREADY_SIGNED',
      message: 'Cannot create checkout session: this signer has already signed the contract.',
      user_message: 'This contract has already been signed.',
    });
  });

  it('answers unknown paths with 404 and wrong methods with 405, in JSON', async () => {
    const sim = newSim();
    const unknown = await api(sim, 'GET', '/wallets');
    expect(unknown).toMatchObject({ status: 404, body: { error: 'Not Found' } });
    expect(unknown.headers.get('content-type')).toBe('application/json');
    const wrong = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/status-paid', { method: 'DELETE' }),
    );
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(await wrong.json()).toEqual({ error: 'Method Not Allowed' });
  });

  it('fills what the browser omits, as a proxy does: the acting party and the callback', async () => {
    const sim = newSim();
    const post = async (escrow: string, action: CheckoutAction) => {
      const res = await sim.handle(
        new Request(`http://localhost/api/escrow/escrows/${escrow}/sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action }),
        }),
      );
      expect(res.status).toBe(201);
      const { sessionId } = await res.json();
      const read = await sim.handle(
        new Request(`http://localhost/api/escrow/sessions/${sessionId}`),
      );
      return (await read.json()).session.targetUserEmail;
    };
    expect(await post('proof-submitted', 'review_proof')).toBe(BUYER);
    expect(await post('proof-waiting', 'submit_proof')).toBe(SELLER);
    sim.setViewer('someone@example.com');
    const res = await sim.handle(
      new Request('http://localhost/api/escrow/escrows/status-pending/sessions', {
        method: 'POST',
        body: JSON.stringify({ action: 'accept_pay' }),
      }),
    );
    expect((await res.json()).error.code).toBe('CHECKOUT_TARGET_NOT_BUYER');
  });
});
