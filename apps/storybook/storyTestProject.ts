import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumTestOptions, kitSources } from '../../vitest.shared.ts';

/** The toolbar globals of .storybook/preview.tsx a story-test run pins for every story. */
export type StoryGlobals = { theme?: 'light' | 'dark' | 'brand'; locale?: 'en' | 'fr' | 'ar' };

/**
 * One run of every story as a test in Chromium: its play function, then an axe check
 * (`a11y.test: 'error'`), with `globals` as the story's initial toolbar globals. Each run is a
 * Vitest project of its own (`name`), so `pnpm test` runs all of them. `groupOrder` (Vitest's
 * `sequence.groupOrder`, default 0 like every other layer) puts a run after the lower groups:
 * on a 2-core machine, five Chromium and jsdom layers starting at once make the first test of a
 * file miss its 15 s timeout.
 */
export async function storyTestProject(name: string, globals: StoryGlobals = {}, groupOrder = 0) {
  return defineConfig({
    plugins: [
      storybookTest({
        configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
        initialGlobals: globals,
      }),
      kitSources(),
    ],
    publicDir: fileURLToPath(new URL('./public', import.meta.url)),
    test: {
      name,
      sequence: { groupOrder },
      ...(await chromiumTestOptions()),
    },
  });
}
