// @vitest-environment node
import { BUSINESS_ERROR_CODES, type CheckoutAction } from '@kit/hooks/core';
import { describe, expect, it } from 'vitest';
import type { ScenarioId } from '../scenarios';
import { act, api, BUYER, funded, newSim, RETURN, SELLER } from '../test/simulatorRequests';

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
});
