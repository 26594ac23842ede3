/**
 * The demo on a phone: a seller on a 360×740 screen finds the header in two rows, with the
 * language, theme and sign-out in a menu named after them, usable by keyboard, in English, Arabic
 * (RTL, dark) and French; then every page, at 320 px wide, fits without scrolling sideways.
 */
import type { Page } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoProblems, setUpDemoBrowser } from './browser';
import { signIn, visible } from './demoSteps';

const PHONE = { width: 360, height: 740 };
const SMALL_PHONE = { width: 320, height: 740 };
/** Two rows of controls and the header's padding; the four rows it had were ~240 px. */
const MAX_HEADER_HEIGHT = 120;

const openUser = setUpDemoBrowser(inject('demoUrl'));

async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  if (!box) throw new Error('The page has no visible header.');
  return box.height;
}

/** The page is no wider than the screen: nothing pushes it sideways. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `width of ${page.url()}`).toBeLessThanOrEqual(innerWidth);
}

async function isFocused(page: Page, name: string): Promise<boolean> {
  return page.getByRole('button', { name }).evaluate((el) => el === document.activeElement);
}

describe('the demo on a phone', () => {
  it('keeps the header to two rows, its controls in a menu, and every page within 320 px', async () => {
    const seller = await openUser({ viewport: PHONE });
    const s = seller.page;
    await signIn(seller, 'Youssef');
    expect(await headerHeight(s)).toBeLessThan(MAX_HEADER_HEIGHT);
    const language = s.getByLabel('Language');
    expect(await language.isVisible()).toBe(false);

    // By keyboard: the menu's summary (a <details>: no ARIA role to find it by, Chromium exposes
    // it as an expandable button) opens the panel, Tab reaches its controls, Escape closes it.
    const menu = s.getByLabel('Youssef (seller): menu');
    for (const target of [menu, s.getByRole('link', { name: 'My orders' })]) {
      const box = await target.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    }
    await menu.focus();
    await s.keyboard.press('Enter');
    await visible(language);
    await visible(s.getByText('Signed in as Youssef (seller)'));
    await s.keyboard.press('Tab');
    expect(await isFocused(s, 'Sign out')).toBe(true);
    await expectAccessible(s);
    await s.keyboard.press('Escape');
    expect(await language.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // Arabic and the dark theme, chosen in the menu.
    await menu.click();
    await language.selectOption({ label: 'العربية' });
    expect(await s.locator('html').getAttribute('dir')).toBe('rtl');
    await s.getByRole('button', { name: 'المظهر الداكن' }).click();
    expect(await s.locator('html').getAttribute('data-kit-theme')).toBe('dark');
    expect(await headerHeight(s)).toBeLessThan(MAX_HEADER_HEIGHT);
    await expectAccessible(s);

    // French, the longest texts, on a 320 px screen: no page scrolls sideways.
    await s.getByLabel('اللغة').selectOption({ label: 'Français' });
    await s.setViewportSize(SMALL_PHONE);
    expect(await headerHeight(s)).toBeLessThan(MAX_HEADER_HEIGHT);
    const pages: [path: string, shown: string][] = [
      ['/', 'Website redesign (disputed)'],
      ['/orders/proof-accepted-by-timeout', 'Preuve acceptée automatiquement'],
      ['/orders/new', 'Types de preuve acceptés'],
      ['/checkout-return', 'Retour de DHMAD'],
    ];
    for (const [path, shown] of pages) {
      await s.goto(path);
      await visible(s.getByText(shown));
      await expectNoSideScroll(s);
    }

    // Signing out from the menu.
    await s.getByLabel('Youssef (vendeur) : menu').click();
    await s.getByRole('button', { name: 'Se déconnecter' }).click();
    await visible(
      s.getByRole('heading', { level: 1, name: 'Connexion de démonstration — sans mot de passe' }),
    );
    await expectNoSideScroll(s);
    expect(await headerHeight(s)).toBeLessThan(MAX_HEADER_HEIGHT);
    expectNoProblems(seller);
  });
});
