import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueTokens, declarationsOf, tokenBlockOf } from '@kit/test-utils';

export { BASE, lightDark, SEMANTIC, themeOf } from '@kit/test-utils';

const src = join(import.meta.dirname, '..');
const tokensCss = () => readFileSync(join(src, 'tokens.css'), 'utf8');

/** The text of every component stylesheet. */
function componentCss(): string[] {
  const texts: string[] = [];
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(src, entry.name))) {
      if (file.endsWith('.css')) texts.push(readFileSync(join(src, entry.name, file), 'utf8'));
    }
  }
  return texts;
}

/** The tokens one block of tokens.css declares. */
export const tokenBlock = (selector: string) => tokenBlockOf(tokensCss(), selector);

/** Every declaration of one block of tokens.css, tokens or not. */
export const declarations = (selector: string) => declarationsOf(tokensCss(), selector);

/** Each public token with its default. */
export const publicTokens = () => catalogueTokens(tokensCss(), componentCss());

/** The README's token table, as it must read. */
export function tokenTable(): string {
  const rows = [...publicTokens()].map(([name, value]) => `| \`${name}\` | \`${value}\` |`);
  return ['| token | default |', '|---|---|', ...rows].join('\n');
}

export const README_PATH = join(src, '..', 'README.md');

export function readme(): string {
  return readFileSync(README_PATH, 'utf8');
}
