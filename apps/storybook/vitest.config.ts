import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumTestOptions, kitSources } from '../../vitest.shared.ts';

/** Every story runs as a test in Chromium: its play function, then an axe check. */
export default defineConfig({
  plugins: [
    storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
    kitSources(),
  ],
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  test: {
    name: 'storybook',
    ...(await chromiumTestOptions()),
  },
});
