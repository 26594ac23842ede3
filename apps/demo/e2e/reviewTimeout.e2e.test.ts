/**
 * The buyer's review deadline passing: DHMAD accepts the proof by itself. The simulator's clock is
 * moved by the demo's tool (simulator only) on the buyer's screen; the seller's screen, in Arabic
 * and the dark theme, learns it live from the webhook.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectClean, setUpDemoBrowser } from './browser';
import { signIn, visible } from './demoSteps';

/** A seeded escrow whose proof waits for the buyer's review, 5 hours left. */
const ORDER = '/orders/proof-submitted';

const openUser = setUpDemoBrowser(inject('demoUrl'));

describe('the review deadline passing', () => {
  it('gives "accepted automatically" on both screens', async () => {
    const seller = await openUser();
    const buyer = await openUser();
    const s = seller.page;
    const b = buyer.page;

    await signIn(seller, 'Youssef');
    await s.getByLabel('Language').selectOption({ label: 'العربية' });
    await s.getByRole('button', { name: 'المظهر الداكن' }).click();
    await s.goto(ORDER);
    await visible(s.getByText('الإثبات قيد المراجعة'));
    expect(await s.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await s.locator('html').getAttribute('lang')).toMatch(/^ar/);
    expect(await s.locator('[data-kit-theme="dark"]').count()).toBeGreaterThan(0);
    await expectAccessible(s);

    await signIn(buyer, 'Amira');
    // An order that is not theirs (or does not exist) says so, without asking DHMAD.
    await b.goto('/orders/someone-elses-order');
    await visible(b.getByRole('heading', { level: 1, name: 'No such order' }));
    await b.goto(ORDER);
    await visible(b.getByText('Proof in review'));
    await b.getByRole('button', { name: 'Move time forward 1 day' }).click();
    await visible(b.getByText('Proof accepted automatically'));
    await visible(s.getByText('تم قبول الإثبات تلقائيًا'));
    await expectClean(buyer, seller);
  });
});
