/**
 * The demo server as a browser and DHMAD meet it, over real HTTP to its own process: the demo
 * sign-in, the orders API, the seller's new order through the server-side DHMAD client, the
 * simulator's webhooks reaching the proxy's receiver and then a user's live stream, and the
 * demo-only clock.
 */
import { describe, expect, inject, it } from 'vitest';

const base = inject('demoUrl');

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${base}/api/demo/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('Set-Cookie') ?? '';
  return cookie.split(';')[0] as string;
}

const json = (cookie: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => ({
  method,
  headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: base },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

const newOrder = {
  title: 'Handwoven kilim',
  amount: '240.125',
  buyerEmail: 'buyer@example.com',
  proofUploadDeadlineHours: '24',
  buyerReviewDeadlineHours: '48',
};

describe('the demo sign-in', () => {
  it('sets a signed httpOnly cookie for a seeded user only, and a forged one signs nobody in', async () => {
    const response = await fetch(`${base}/api/demo/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'Seller@Example.com' }),
    });
    expect(await response.json()).toMatchObject({
      user: { email: 'seller@example.com', role: 'seller' },
    });
    expect(response.headers.get('Set-Cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('Set-Cookie')).toMatch(/SameSite=Lax/i);

    const stranger = await fetch(
      `${base}/api/demo/session`,
      json('', { email: 'who@example.com' }),
    );
    expect(stranger.status).toBe(400);

    const cookie = await signIn('buyer@example.com');
    const forged = cookie.replace(/buyer%40example\.com|buyer@example\.com/, 'seller@example.com');
    expect(forged).not.toBe(cookie);
    const session = await fetch(`${base}/api/demo/session`, json(forged)).then((r) => r.json());
    expect(session.user).toBeNull();
    expect((await fetch(`${base}/api/demo/orders`, json(forged))).status).toBe(401);
    expect((await fetch(`${base}/api/escrow/escrows/status-paid`, json(forged))).status).toBe(401);
  });
});

describe('orders', () => {
  it('lists the seeded escrows of each party and lets only a seller create one', async () => {
    const seller = await signIn('seller@example.com');
    const buyer = await signIn('buyer@example.com');
    const { orders } = await fetch(`${base}/api/demo/orders`, json(buyer)).then((r) => r.json());
    expect(orders.length).toBeGreaterThanOrEqual(10);
    expect(orders.map((o: { escrowId: string }) => o.escrowId)).toContain('proof-submitted');

    expect((await fetch(`${base}/api/demo/orders`, json(buyer, newOrder))).status).toBe(403);

    const invalid = await fetch(
      `${base}/api/demo/orders`,
      json(seller, { ...newOrder, title: ' ', amount: '-3', proofUploadDeadlineHours: '100' }),
    );
    expect(invalid.status).toBe(400);
    const { error } = await invalid.json();
    expect(Object.keys(error.details).sort()).toEqual([
      'amount',
      'fulfillmentPolicy.proofUploadDeadlineHours',
      'title',
    ]);

    // DHMAD's documented minimum (5 TND), whole millimes and whole days: refused before DHMAD.
    for (const [field, change] of [
      ['amount', { amount: '4.999' }],
      ['amount', { amount: '12.3456' }],
      ['estimatedDeliveryDays', { estimatedDeliveryDays: '2.5' }],
    ] as const) {
      const refused = await fetch(
        `${base}/api/demo/orders`,
        json(seller, { ...newOrder, ...change }),
      );
      expect(refused.status).toBe(400);
      const body = await refused.json();
      expect(body.error.code).toBe('INVALID_ORDER');
      expect(Object.keys(body.error.details)).toEqual([field]);
    }

    const created = await fetch(`${base}/api/demo/orders`, json(seller, newOrder));
    expect(created.status).toBe(201);
    const { order } = await created.json();
    const listed = await fetch(`${base}/api/demo/orders`, json(buyer)).then((r) => r.json());
    expect(listed.orders[0]).toEqual(order);
    const { escrow } = await fetch(
      `${base}/api/escrow/escrows/${order.escrowId}`,
      json(buyer),
    ).then((r) => r.json());
    expect(escrow).toMatchObject({
      title: 'Handwoven kilim',
      amount: 240.125,
      status: 'pending',
      mode: 'quick',
    });
    expect(escrow.fulfillmentPolicy).toMatchObject({ buyerReviewDeadlineHours: 48 });
  });
});

describe('webhooks and the live stream', () => {
  it('a change in DHMAD reaches the other party’s open stream through the signed webhook', async () => {
    const seller = await signIn('seller@example.com');
    const buyer = await signIn('buyer@example.com');
    const { order } = await fetch(`${base}/api/demo/orders`, json(seller, newOrder)).then((r) =>
      r.json(),
    );
    const controller = new AbortController();
    const stream = await fetch(`${base}/api/escrow/events?escrow=${order.escrowId}`, {
      headers: { Cookie: buyer, Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(stream.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`The stream ended before "${text}":\n${received}`);
        received += decoder.decode(value, { stream: true });
      }
    };
    await readUntil('retry:');
    const cancelled = await fetch(
      `${base}/api/escrow/escrows/${order.escrowId}/cancel`,
      json(seller, {}),
    );
    expect(cancelled.status).toBe(200);
    await readUntil(`"escrowId":"${order.escrowId}"`);
    controller.abort();
    expect(received).toContain('escrow.status.updated');
  });

  it('refuses a forged webhook', async () => {
    const response = await fetch(`${base}/api/escrow/webhooks`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Webhook-Signature': 'sha256=00',
        'X-Webhook-Timestamp': String(Date.now()),
        'X-Webhook-Id': 'wh_forged',
      },
      body: JSON.stringify({ event: 'escrow.status.updated', data: { escrowId: 'status-paid' } }),
    });
    expect(response.status).toBe(401);
  });
});

describe('the demo-only clock and the app’s pages', () => {
  it('moves the simulator’s time, and refuses nonsense', async () => {
    const bad = await fetch(`${base}/api/demo/clock`, json('', { advanceMs: -1 }));
    expect(bad.status).toBe(400);
    const before = Date.now();
    const { now } = await fetch(`${base}/api/demo/clock`, json('', { advanceMs: 60_000 })).then(
      (r) => r.json(),
    );
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before + 60_000);
  });

  it('serves the app for any page path, and JSON 404s for unknown API paths', async () => {
    const page = await fetch(`${base}/orders/status-paid`);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${base}/api/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
