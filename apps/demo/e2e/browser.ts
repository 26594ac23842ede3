import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumArgs, findChromium, NO_CHROMIUM_MESSAGE } from '../../../vitest.shared.ts';

/** The Chromium the other browser layers use (`CHROMIUM_PATH`, `chromium` on PATH, Playwright's). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** A page in a browser context of its own (one user: own cookies and storage), watched for errors. */
export interface UserPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests so far, as devtools would show them. */
  problems: string[];
}

export async function openUserPage(
  browser: Browser,
  baseURL: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<UserPage> {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? null });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium logs each 4xx/5xx answer as "Failed to load resource"; the `response` entry
    // below names the request instead.
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
      problems.push(`console: ${text}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const { pathname } = new URL(response.url());
      problems.push(`http ${response.status()} ${response.request().method()} ${pathname}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

/**
 * One Chromium for the calling test file (launched before its tests, closed after them); the
 * returned function opens a user's page on the demo at `baseURL`, in a context of its own.
 */
export function setUpDemoBrowser(baseURL: string) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options?: { viewport?: { width: number; height: number } }) => {
    if (!browser) throw new Error('Chromium is not running: open pages inside a test.');
    return openUserPage(browser, baseURL, options);
  };
}

/**
 * Asserts no console error, uncaught exception or failed request happened, except those matching
 * `expected` (a refusal the page shows on purpose, such as the 409 of delivering before the proof
 * is accepted: `http 409 POST /api/escrow/escrows/…/deliver`).
 */
export function expectNoProblems(user: UserPage, expected: readonly RegExp[] = []): void {
  const unexpected = user.problems.filter((p) => !expected.some((pattern) => pattern.test(p)));
  expect(unexpected).toEqual([]);
  user.problems.length = 0;
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now; no violation may remain. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated through DevTools, not a <script> tag: the pages' Content-Security-Policy (the
  // hosted checkout's allows no script) stays on for the rest of the test.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/**
 * Where a user's step ends: axe finds nothing on each user's page as it is now, and nothing went
 * wrong on any of them (`expectNoProblems`, nothing expected).
 */
export async function expectClean(...users: UserPage[]): Promise<void> {
  for (const user of users) await expectAccessible(user.page);
  for (const user of users) expectNoProblems(user);
}
