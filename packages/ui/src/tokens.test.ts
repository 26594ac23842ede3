// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  declarations,
  lightDark,
  publicTokens,
  README_PATH,
  readme,
  SEMANTIC,
  themeOf,
  tokenBlock,
  tokenTable,
} from './test/cssTokens';

/** WCAG 2.x relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text pairs need 4.5:1 (WCAG AA); the focus ring and borders of controls need 3:1. */
const PAIRS: [fg: string, bg: string, min: number][] = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted-fg', 'bg', 4.5],
  ['muted-fg', 'surface', 4.5],
  ['on-accent', 'accent', 4.5],
  ['accent-fg', 'accent-bg', 4.5],
  ['accent-fg', 'bg', 4.5],
  ['success-fg', 'success-bg', 4.5],
  ['warning-fg', 'warning-bg', 4.5],
  ['danger-fg', 'danger-bg', 4.5],
  ['danger-fg', 'bg', 4.5],
  ['neutral-fg', 'neutral-bg', 4.5],
  ['accent', 'bg', 3],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const colors = themeOf(tokenBlock(SEMANTIC), theme);
  it.each(PAIRS)('--kit-color-%s on --kit-color-%s reaches %s:1', (fg, bg, min) => {
    const a = colors.get(`--kit-color-${fg}`);
    const b = colors.get(`--kit-color-${bg}`);
    expect(a).toMatch(/^#[0-9a-f]{6}$/);
    expect(b).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(min);
  });
});

describe('tokens', () => {
  it('give every color a light and a dark value, as light-dark(light, dark)', () => {
    const colors = [...tokenBlock(SEMANTIC)].filter(([name]) => name.startsWith('--kit-color-'));
    expect(colors.length).toBeGreaterThan(0);
    for (const [name, value] of colors) {
      expect({ name, pair: lightDark(value) }).toEqual({ name, pair: expect.any(Array) });
    }
  });

  it('follow prefers-color-scheme at the root, and data-kit-theme on any element', () => {
    // light-dark() resolves by the color-scheme in force: `light dark` is the user's
    // preference, and data-kit-theme sets it for everything inside (theme.browser.test.tsx
    // checks it in Chromium, as written and lowered by a bundler).
    expect(declarations(BASE).get('color-scheme')).toBe('light dark');
    expect(declarations(':where([data-kit-theme="light"])').get('color-scheme')).toBe('light');
    expect(declarations(':where([data-kit-theme="dark"])').get('color-scheme')).toBe('dark');
  });

  it('are all prefixed --kit- and come in the three tiers', () => {
    const names = [...publicTokens().keys()];
    expect(names.every((n) => n.startsWith('--kit-'))).toBe(true);
    expect(
      [...tokenBlock(BASE).keys()].every((n) => /^--kit-(space|radius|font|line|duration)/.test(n)),
    ).toBe(true);
    expect([...tokenBlock(SEMANTIC).keys()].every((n) => /^--kit-(color|focus)-/.test(n))).toBe(
      true,
    );
    expect(names.some((n) => n.startsWith('--kit-button-'))).toBe(true);
  });

  it('are listed in the README with their defaults, exactly as the stylesheet has them', () => {
    const table = tokenTable();
    const text = readme();
    if (text.includes(table)) return;
    if (process.env.UPDATE_TOKEN_TABLE) {
      const start = text.indexOf('| token | default |');
      const end = text.indexOf('\n\n', start);
      writeFileSync(
        README_PATH,
        `${text.slice(0, start)}${table}${end < 0 ? '\n' : text.slice(end)}`,
      );
      return;
    }
    throw new Error(
      `packages/ui/README.md's token table is out of date; run \`pnpm tokens:update\`. It must read:\n\n${table}\n`,
    );
  });
});
