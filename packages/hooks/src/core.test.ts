// @vitest-environment node
import { fileURLToPath } from 'node:url';
import {
  BUYER as BUYER_OF_SCENARIOS,
  SELLER as SELLER_OF_SCENARIOS,
  scenarioEscrow,
} from '@kit/test-utils';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as core from './core';
import { CHECKOUT_ACTIONS, type Escrow } from './model';

const BUYER = 'Buyer@Example.com';
const SELLER = 'seller@example.com';
const paid: Escrow = {
  id: 'e1',
  status: 'paid',
  mode: 'quick',
  buyer: { email: 'buyer@example.com' },
  seller: { email: SELLER },
  fulfillmentPolicy: { type: 'purchase_proof_required' },
};

describe('@kit/hooks/core', () => {
  it('loads neither React nor TanStack Query: valibot (for DHMAD error bodies) is its one dependency', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./core.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      packages: 'external',
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect([...new Set(imported)]).toEqual(['valibot']);
    expect(Object.keys(result.metafile.inputs).join('\n')).not.toMatch(/\.tsx$|use[A-Z]\w+\.ts$/);
  });

  it('compares emails trimmed and case-insensitively', () => {
    expect(core.normalizeEmail('  Buyer@Example.COM ')).toBe('buyer@example.com');
    expect(core.normalizeEmail('   ')).toBeUndefined();
    expect(core.sameEmail(BUYER, ' buyer@example.com')).toBe(true);
    expect(core.sameEmail('', '')).toBe(false);
    expect(core.sameEmail(undefined, undefined)).toBe(false);
  });

  it.each([
    ['https://shop.example/return', true],
    ['http://localhost:3000/return', true],
    ['http://shop.example/return', false],
    ['javascript:alert(1)', false],
    ['/relative', false],
    [42, false],
  ])('isSecureRedirectUrl(%j) is %s', (value, expected) => {
    expect(core.isSecureRedirectUrl(value)).toBe(expected);
  });

  it('checks a redirect URL against the dashboard list', () => {
    const allowed = ['https://shop.example/return/'];
    expect(core.checkRedirectUrl('https://shop.example/return?x=1', allowed)).toBeUndefined();
    expect(core.checkRedirectUrl('https://shop.example/other', allowed)).toBe(
      'REDIRECT_URL_NOT_ALLOWED',
    );
    expect(core.checkRedirectUrl('http://shop.example/return', allowed)).toBe(
      'REDIRECT_URL_MUST_BE_HTTPS',
    );
    expect(core.checkRedirectUrl(undefined, [])).toBe('NO_REDIRECT_URLS_CONFIGURED');
    expect(core.checkRedirectUrl('https://anything.example', undefined)).toBeUndefined();
  });

  it('lists every metadata issue', () => {
    expect(core.checkMetadata(undefined)).toEqual([]);
    expect(core.checkMetadata({ order: 'A-1' })).toEqual([]);
    expect(core.checkMetadata({ order: 'x'.repeat(500) })).toEqual([]);
    expect(core.checkMetadata(null)).toEqual([{ kind: 'not_an_object' }]);
    expect(core.checkMetadata(['a'])).toEqual([{ kind: 'not_an_object' }]);
    expect(core.checkMetadata({ a: 1, b: 'x'.repeat(501), c: 'ok' })).toEqual([
      { kind: 'not_a_string', key: 'a' },
      { kind: 'too_long', key: 'b', length: 501 },
    ]);
  });

  it('knows the ten checkout actions and nothing else', () => {
    for (const action of CHECKOUT_ACTIONS) expect(core.isCheckoutAction(action)).toBe(true);
    expect(core.isCheckoutAction('deliver')).toBe(false);
    expect(core.isCheckoutAction(undefined)).toBe(false);
  });

  // The party table drives the rules: an action of one party, targeted at the other, is refused.
  it.each(CHECKOUT_ACTIONS.filter((a) => core.CHECKOUT_ACTION_PARTIES[a] !== 'either'))(
    '%s is refused for the party it does not belong to',
    (action) => {
      const party = core.CHECKOUT_ACTION_PARTIES[action];
      const other = party === 'buyer' ? SELLER : BUYER;
      expect(core.checkCheckoutAction(paid, null, action, other)).toMatch(
        party === 'buyer' ? /BUYER/ : /SELLER/,
      );
    },
  );

  it('selects what a screen shows from an escrow and its proof: next steps, files, deadline', () => {
    const proof = {
      phase: 'submitted_waiting_buyer_review',
      reviewDeadline: '2026-06-21T10:00:00.000Z',
      submissions: [],
      latestSubmission: {
        submittedAt: '2026-06-19T14:00:00.000Z',
        attachments: [{ mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/a.jpg' }],
      },
      checkoutActions: [],
    };
    expect(core.nextStepsFor(paid, proof, BUYER)).toEqual(['review_proof']);
    expect(core.proofAttachments(proof)).toHaveLength(1);
    expect(core.proofSubmissions(proof)).toHaveLength(1);
    expect(core.nextDeadline(paid, proof)).toEqual({
      field: 'reviewDeadline',
      deadline: '2026-06-21T10:00:00.000Z',
    });
    expect(core.isDisputeOpen(paid)).toBe(false);
  });
});

describe('the rules on the simulator’s own scenarios', () => {
  it('offer review_proof on a submitted proof to its buyer only', () => {
    const escrow = scenarioEscrow('proof-submitted');
    const forBuyer = core.getActionAvailability(escrow, null, BUYER_OF_SCENARIOS);
    const forSeller = core.getActionAvailability(escrow, null, SELLER_OF_SCENARIOS);
    expect(forBuyer.review_proof).toEqual({ action: 'review_proof', allowed: true });
    expect(forSeller.review_proof.allowed).toBe(false);
    expect(forSeller.submit_proof.allowed).toBe(false);
  });
});
