// @vitest-environment node
import type { CheckoutAction } from '@kit/hooks/core';
import { describe, expect, it } from 'vitest';
import { type FormFields, openPage, pageUrl, postForm } from '../test/checkoutPages';
import { api, BUYER, newSim, RETURN, SELLER, session } from '../test/simulatorRequests';

interface Row {
  action: CheckoutAction;
  escrow: string;
  target: string;
  heading: string;
  /** The label of the page's (first) submit button. */
  button: string;
  fields: FormFields;
  /** What `GET /escrows/:id` shows once the form is sent. */
  after: Record<string, unknown>;
}

const ROWS: Row[] = [
  {
    action: 'accept_pay',
    escrow: 'mode-quick',
    target: BUYER,
    heading: 'Accept and pay',
    button: 'Pay 320.000 TND',
    fields: {},
    after: { status: 'paid' },
  },
  {
    action: 'sign_contract',
    escrow: 'mode-standard',
    target: BUYER,
    heading: 'Sign the contract',
    button: 'Sign the contract',
    fields: {},
    after: { signatures: expect.objectContaining({ buyerSigned: true, isFullySigned: true }) },
  },
  {
    action: 'complete',
    escrow: 'status-delivered',
    target: BUYER,
    heading: 'Confirm receipt',
    button: 'Confirm receipt',
    fields: {},
    after: { status: 'completed' },
  },
  {
    action: 'dispute',
    escrow: 'status-paid',
    target: BUYER,
    heading: 'Open a dispute',
    button: 'Open the dispute',
    fields: { reason: '  The site has three pages, not five.  ' },
    after: {
      disputeTicket: expect.objectContaining({
        status: 'open',
        previewReason: 'The site has three pages, not five.',
      }),
    },
  },
  {
    action: 'request_cancellation',
    escrow: 'status-paid',
    target: BUYER,
    heading: 'Request cancellation',
    button: 'Request cancellation',
    fields: { reason: 'Ordered twice by mistake.' },
    after: {
      status: 'paid',
      cancellationRequest: expect.objectContaining({
        status: 'pending',
        reason: 'Ordered twice by mistake.',
      }),
    },
  },
  {
    action: 'accept_cancellation',
    escrow: 'cancellation-requested',
    target: SELLER,
    heading: 'Accept the cancellation',
    button: 'Accept the cancellation',
    fields: {},
    after: {
      status: 'cancelled',
      cancellationRequest: expect.objectContaining({ status: 'accepted' }),
    },
  },
  {
    action: 'reject_cancellation',
    escrow: 'cancellation-requested',
    target: SELLER,
    heading: 'Reject the cancellation',
    button: 'Reject the cancellation',
    fields: {},
    after: { status: 'paid', cancellationRequest: expect.objectContaining({ status: 'rejected' }) },
  },
  {
    action: 'cancel_escrow',
    escrow: 'status-paid',
    target: SELLER,
    heading: 'Cancel the escrow',
    button: 'Cancel the escrow and refund',
    fields: {},
    after: { status: 'cancelled' },
  },
];

describe('the hosted checkout, one page per action', () => {
  it.each(ROWS)(
    '$action: the page, then its form acts and sends the user back (303)',
    async (row) => {
      const sim = newSim();
      const id = await session(sim, row.escrow, row.action, row.target);
      const page = await openPage(sim, pageUrl(id));
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<h1>${row.heading}</h1>`);
      expect(page.html).toContain(`<button type="submit">${row.button}</button>`);
      expect(page.html).toContain(`<dd>${row.target}</dd>`);
      expect(page.html).toContain(
        `href="/checkout/${id}/abandon">Abandon and return to the app</a>`,
      );
      expect(page.html).not.toMatch(/<script/i);

      const sent = await postForm(sim, id, row.fields);
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe(RETURN);
      expect((await api(sim, 'GET', `/escrows/${row.escrow}`)).body.escrow).toMatchObject(
        row.after,
      );
      expect((await api(sim, 'GET', `/sessions/${id}`)).body.session).toMatchObject({
        status: 'completed',
        completedAt: sim.clock.now().toISOString(),
      });
    },
  );

  it('shows the title, the amount in the escrow’s currency, the action and the expiry', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    const { html } = await openPage(sim, pageUrl(id));
    expect(html).toContain('DHMAD sandbox checkout — simulated, no money moves');
    expect(html).toContain('<dd>Website redesign</dd>');
    expect(html).toContain('<dd>1,800.000 TND</dd>');
    expect(html).toContain('<dd>Cancel the escrow now and refund the buyer</dd>');
    expect(html).toContain(
      '<time datetime="2026-06-19T12:30:00.000Z">19 Jun 2026, 12:30 UTC</time>',
    );
  });

  it('puts the amount in the pay button: "Pay 1,800.000 TND"', async () => {
    const sim = newSim();
    await session(sim, 'status-pending', 'sign_contract', SELLER);
    const signed = await session(sim, 'status-pending', 'sign_contract', BUYER);
    sim.completeSession(signed);
    const pay = await session(sim, 'status-pending', 'accept_pay', BUYER);
    expect((await openPage(sim, pageUrl(pay))).html).toContain('>Pay 1,800.000 TND</button>');
  });

  it.each([
    ['dispute', 'status-paid', BUYER],
    ['request_cancellation', 'status-paid', BUYER],
  ] as const)(
    '%s without a reason: the page again, 400, the message next to the field, nothing changed',
    async (action, escrow, target) => {
      const sim = newSim();
      const id = await session(sim, escrow, action, target);
      const before = (await api(sim, 'GET', `/escrows/${escrow}`)).body.escrow;
      const sent = await postForm(sim, id, { reason: '   ' });
      expect(sent.status).toBe(400);
      expect(sent.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(sent.html).toMatch(
        /<textarea [^>]*aria-describedby="reason-error" aria-invalid="true"/,
      );
      expect(sent.html).toContain('<p class="error" id="reason-error">Give a reason.</p>');
      expect(sent.html).toContain('<title>Error: ');
      expect((await api(sim, 'GET', `/escrows/${escrow}`)).body.escrow).toEqual(before);
      expect((await api(sim, 'GET', `/sessions/${id}`)).body.session.status).toBe('open');
    },
  );

  it('keeps a reason that is too long in the field when it refuses it', async () => {
    const sim = newSim();
    const id = await session(sim, 'status-paid', 'dispute', BUYER);
    const sent = await postForm(sim, id, { reason: `${'x'.repeat(1001)}<b>` });
    expect(sent.status).toBe(400);
    expect(sent.html).toContain('Use at most 1,000 characters (now 1,004).');
    expect(sent.html).toContain(`${'x'.repeat(1001)}&lt;b&gt;</textarea>`);
  });
});
