import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import {
  chromiumInTimeZones,
  chromiumTestOptions,
  kitSources,
  kitStylesheet,
  react18Aliases,
  renderOnServer,
} from './vitest.shared.ts';

const chromium = await chromiumTestOptions();
/** Tests that hydrate server HTML in browsers in other time zones than the server's (UTC). */
const TIME_ZONE_TESTS = 'packages/*/src/**/*.zones.browser.test.{ts,tsx}';

/**
 * `pnpm test` runs every layer: unit (jsdom), browser (real Chromium) and the Storybook
 * stories as tests (apps/storybook/vitest.config.ts).
 */
export default defineConfig({
  plugins: [react(), kitSources()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/demo/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./vitest.setup.ts'],
          ...chromium,
          browser: {
            ...chromium.browser,
            commands: { kitStylesheet, renderOnServer },
            instances: [
              { browser: 'chromium', exclude: [TIME_ZONE_TESTS, '**/node_modules/**'] },
              ...(await chromiumInTimeZones(['Africa/Tunis', 'America/Los_Angeles'])).map(
                (instance) => ({ ...instance, include: [TIME_ZONE_TESTS] }),
              ),
            ],
          },
        },
      },
      {
        // React 18 is a supported peer: tests/react18 has its own React 18 install tree.
        extends: true,
        resolve: { alias: react18Aliases },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['tests/react18/**/*.test.tsx'],
          setupFiles: ['./tests/react18/setup.ts'],
        },
      },
      {
        // @kit/proxy mounted in a real Next.js app as its README shows: `next build` without the
        // API key, then `next start` (tests/nextjs; about a minute, most of it `next build`). It
        // runs after the other layers, so its build does not slow their timed browser tests.
        extends: true,
        test: {
          name: 'nextjs',
          sequence: { groupOrder: 1 },
          environment: 'node',
          include: ['tests/nextjs/*.test.ts'],
          hookTimeout: 300_000,
          testTimeout: 60_000,
        },
      },
      {
        // The demo marketplace end to end (apps/demo/e2e): built as `pnpm demo` builds it, its
        // server in a process of its own, driven over real HTTP and in real Chromium (Playwright),
        // last and alone (after nextjs's build, which on 2 cores slowed its flow past a minute).
        // Files run one at a time: they share the one server, and two Chromiums are too many.
        extends: true,
        test: {
          name: 'demo',
          sequence: { groupOrder: 2 },
          environment: 'node',
          include: ['apps/demo/e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/demo/e2e/globalSetup.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
      // Every story as a test, three times: light English, dark, and Arabic (right to left).
      'apps/storybook/vitest.config.ts',
      'apps/storybook/vitest.dark.config.ts',
      'apps/storybook/vitest.ar.config.ts',
    ],
  },
});
