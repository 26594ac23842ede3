import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import {
  chromiumTestOptions,
  kitStylesheet,
  react18Aliases,
  workspaceAliases,
} from './vitest.shared.ts';

const chromium = await chromiumTestOptions();

/**
 * `pnpm test` runs every layer: unit (jsdom), browser (real Chromium) and the Storybook
 * stories as tests (apps/storybook/vitest.config.ts).
 */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
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
          browser: { ...chromium.browser, commands: { kitStylesheet } },
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
      // Every story as a test, three times: light English, dark, and Arabic (right to left).
      'apps/storybook/vitest.config.ts',
      'apps/storybook/vitest.dark.config.ts',
      'apps/storybook/vitest.ar.config.ts',
    ],
  },
});
