// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPage, pageUrl, postForm } from '../test/checkoutPages';
import { api, BUYER, newSim, RETURN, SELLER, session } from '../test/simulatorRequests';

const BACK_LINK = `<a href="${RETURN}">Return to the app</a>`;

describe('the hosted checkout’s sessions and headers', () => {
  it('answers with HTML, a strict CSP that allows its one style block, and no caching', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    const { status, headers, html } = await openPage(sim, pageUrl(id));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    const css = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; img-src https://files.dhmad.test; form-action 'self' http://localhost:6006; base-uri 'none'; frame-ancestors 'none'`,
    );
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const redirect = await postForm(sim, id, {});
    expect(redirect.headers.get('cache-control')).toBe('no-store');
    expect(redirect.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('escapes what users wrote: a title with a script and quotes', async () => {
    const sim = newSim();
    const title = `<script>alert("x")</script> & 'Bob's' shop`;
    const created = await api(sim, 'POST', '/escrows', {
      title,
      amount: 50,
      buyerEmail: BUYER,
      sellerEmail: SELLER,
      mode: 'quick',
      estimatedDeliveryDays: 2,
    });
    const id = await session(sim, created.body.escrow.id, 'accept_pay', BUYER);
    const { html } = await openPage(sim, pageUrl(id));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      '<dd>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bob&#39;s&#39; shop</dd>',
    );
  });

  it('abandons: 303 to redirectUrl, the session abandoned, the escrow untouched; then "already used"', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    const left = await sim.handle(new Request(`${pageUrl(id)}/abandon`));
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe(RETURN);
    expect((await api(sim, 'GET', `/sessions/${id}`)).body.session.status).toBe('abandoned');
    expect((await api(sim, 'GET', '/escrows/status-paid')).body.escrow.status).toBe('paid');
    const page = await openPage(sim, pageUrl(id));
    expect(page.status).toBe(410);
    expect(page.html).toContain('<h1>This checkout link was already used</h1>');
    expect(page.html).toContain('This session was abandoned');
    expect(page.html).toContain(BACK_LINK);
  });

  it('says a session has expired (410) once 30 minutes have passed, and acts on nothing', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    sim.clock.advance(31 * 60_000);
    for (const answer of [
      await openPage(sim, pageUrl(id)),
      await postForm(sim, id, {}),
      await openPage(sim, `${pageUrl(id)}/abandon`),
    ]) {
      expect(answer.status).toBe(410);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.html).toContain('<h1>This checkout session has expired</h1>');
      expect(answer.html).toContain(BACK_LINK);
    }
    expect((await api(sim, 'GET', '/escrows/status-paid')).body.escrow.status).toBe('paid');
  });

  it('says a completed session was already used (410)', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-delivered', 'complete', BUYER);
    await postForm(sim, id, {});
    const again = await postForm(sim, id, {});
    expect(again.status).toBe(410);
    expect(again.html).toContain('This session was completed');
  });

  it('answers an unknown session with a 404 page, not JSON', async () => {
    const page = await openPage(newSim(), pageUrl('no-such-session'));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.html).toContain('<h1>Checkout session not found</h1>');
    expect(page.html).toContain('start again from the app');
  });

  it('says why when someone acted meanwhile (409), with a link back, and changes nothing', async () => {
    const sim = newSim();
    const accept = await session(sim, 'cancellation-requested', 'accept_cancellation', SELLER);
    sim.completeSession(
      await session(sim, 'cancellation-requested', 'reject_cancellation', SELLER),
    );
    for (const answer of [await openPage(sim, pageUrl(accept)), await postForm(sim, accept, {})]) {
      expect(answer.status).toBe(409);
      expect(answer.html).toContain('<h1>This can no longer be done</h1>');
      expect(answer.html).toContain(BACK_LINK);
    }
    expect((await api(sim, 'GET', '/escrows/cancellation-requested')).body.escrow.status).toBe(
      'paid',
    );
    expect((await api(sim, 'GET', `/sessions/${accept}`)).body.session.status).toBe('open');
  });

  it('answers a body that is not a form with a 400 page', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    const res = await sim.handle(
      new Request(pageUrl(id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<h1>This form could not be read</h1>');
    expect((await api(sim, 'GET', '/escrows/status-paid')).body.escrow.status).toBe('paid');
  });

  it('is served under the path of checkoutOrigin, never on DHMAD’s API or the proxy contract', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    expect((await openPage(sim, `https://sandbox.dhmad.tn/api/v1/checkout/${id}`)).status).toBe(
      401,
    );
    expect((await openPage(sim, `http://localhost/api/escrow/checkout/${id}`)).status).toBe(404);
  });
});
