import { expectCleanHydration } from '@kit/test-utils/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { serverRendered } from './test/serverRendered';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderOnServer: (modulePath: string) => Promise<Record<string, string>>;
  }
}

/** This page's zone: each browser instance of this file has its own (Playwright's `timezoneId`). */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** What 2026-06-19T14:00Z and 2026-06-18T23:30Z read in each zone the test runs in. */
const LOCAL: Record<string, { deadline: string; submitted: string }> = {
  'Africa/Tunis': { deadline: 'Jun 19, 2026, 3:00 PM', submitted: 'Jun 19, 2026, 12:30 AM' },
  'America/Los_Angeles': { deadline: 'Jun 19, 2026, 7:00 AM', submitted: 'Jun 18, 2026, 4:30 PM' },
};

/** Every fixture's server HTML: one render, in a Node process in UTC, for the whole file. */
let html: Partial<Record<keyof typeof serverRendered, string>> = {};
beforeAll(async () => {
  html = await commands.renderOnServer('packages/ui/src/test/serverRendered.tsx');
}, 120_000);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const dates = (container: HTMLElement) =>
  [...container.querySelectorAll('time')].map((time) => time.textContent);

describe(`server HTML rendered in UTC, hydrated in ${zone}`, () => {
  it('runs in a browser zone other than UTC', () => {
    expect(Object.keys(LOCAL)).toContain(zone);
  });

  it.each(Object.entries(serverRendered))('%s hydrates without an error', async (name, render) => {
    const server = html[name as keyof typeof serverRendered] ?? '';
    expect(server).toMatch(/kit-root/);
    await expectCleanHydration(render(), server);
  });

  it("shows the server's UTC date until hydrated, then the browser's own time zone", async () => {
    const server = html.ProofTimeline ?? '';
    expect(server).toContain('>Jun 19, 2026, 2:00 PM</time>');
    const container = await expectCleanHydration(serverRendered.ProofTimeline(), server);
    const local = LOCAL[zone];
    // Hydrated: the countdown is live, and both dates read in this zone.
    expect(container.querySelector('.kit-countdown')?.getAttribute('data-state')).not.toBe(
      'static',
    );
    expect(dates(container)).toEqual([
      expect.stringMatching(/^(due in|overdue by) /),
      local?.deadline,
      local?.submitted,
    ]);
  });

  it('shows the time zone the provider names, on the server already', async () => {
    const tunis = LOCAL['Africa/Tunis'];
    const server = html['ProofPanel in Africa/Tunis'] ?? '';
    expect(server).toContain(`>${tunis?.deadline}</time>`);
    const element = serverRendered['ProofPanel in Africa/Tunis']();
    const container = await expectCleanHydration(element, server);
    expect(dates(container).slice(1)).toEqual([tunis?.deadline, tunis?.submitted]);
  });
});
