/**
 * What a user does in the demo, step by step, as Playwright actions on their own page: signing
 * in, and going through DHMAD's hosted checkout (the simulator's pages) and back.
 */
import { expectAccessible, expectClean, type UserPage } from './browser';

/** Playwright's own retrying assertions would need @playwright/test: this waits for a locator. */
export async function visible(locator: import('playwright').Locator, timeout = 15_000) {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Opens the app signed out, is sent to the sign-in page, and signs in as `name`. */
export async function signIn(user: UserPage, name: string): Promise<void> {
  const { page } = user;
  await page.goto('/');
  await page.waitForURL('**/sign-in**');
  await visible(page.getByRole('heading', { name: 'Demo sign-in — no password' }));
  await expectAccessible(page);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name} `) }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'My orders' }));
}

/**
 * Presses the order page's `button` (a checkout action of the kit), lands on DHMAD's hosted
 * checkout page titled `heading`, does `fill` there, presses `submit`, and comes back to the
 * app's return page, which must end on `confirmed` (after `processing`, when given). Then back
 * to the order.
 */
export async function throughCheckout(
  user: UserPage,
  step: {
    button: string;
    heading: string;
    fill?: () => Promise<void>;
    submit: string | RegExp;
    processing?: string;
    confirmed: string;
  },
): Promise<void> {
  const { page } = user;
  await page.getByRole('button', { name: step.button, exact: true }).click();
  await page.waitForURL('**/checkout/**');
  await visible(page.getByRole('heading', { level: 1, name: step.heading }));
  await expectAccessible(page);
  await step.fill?.();
  await page.getByRole('button', { name: step.submit }).click();
  await page.waitForURL('**/checkout-return');
  if (step.processing) await visible(page.getByText(step.processing));
  await visible(page.getByText(step.confirmed), 30_000);
  await expectClean(user);
  await page.getByRole('link', { name: 'Back to the order' }).click();
  await visible(page.getByRole('heading', { name: 'Next steps' }));
}

/** The kit's polite announcement (a `role="status"` region) says `text`. */
export async function announced(user: UserPage, text: string): Promise<void> {
  await visible(user.page.getByRole('status').filter({ hasText: text }));
}
