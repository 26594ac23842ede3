import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = join(import.meta.dirname, '..');

/** Every CSS file of the package's stylesheet. */
function cssFiles(): string[] {
  const files = [join(src, 'tokens.css')];
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(src, entry.name))) {
      if (file.endsWith('.css')) files.push(join(src, entry.name, file));
    }
  }
  return files;
}

/** The declarations of one block of tokens.css, found by its selector text. */
export function tokenBlock(selector: string): Map<string, string> {
  const css = readFileSync(join(src, 'tokens.css'), 'utf8');
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector} in tokens.css`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--kit-[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1] as string, (match[2] as string).replace(/\s+/g, ' ').trim());
  }
  return tokens;
}

export const LIGHT = ':where(:root, [data-kit-theme="light"])';
export const DARK = ':where([data-kit-theme="dark"])';
export const DARK_BY_MEDIA = '  :where(:root:not([data-kit-theme="light"]))';
export const BASE = ':where(:root)';

/** Every `var(--kit-x, fallback)` in a stylesheet, with its fallback (nested parentheses kept). */
function* varReferences(css: string): Generator<[string, string | undefined]> {
  for (const match of css.matchAll(/var\(\s*(--kit-[\w-]+)\s*(,?)/g)) {
    const name = match[1] as string;
    if (!match[2]) {
      yield [name, undefined];
      continue;
    }
    let depth = 0;
    let end = (match.index ?? 0) + match[0].length;
    for (; end < css.length; end++) {
      const c = css[end];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
    }
    yield [
      name,
      css
        .slice((match.index ?? 0) + match[0].length, end)
        .replace(/\s+/g, ' ')
        .trim(),
    ];
  }
}

/** Each public token with its default: set ones with their light value, component ones with their fallback. */
export function publicTokens(): Map<string, string> {
  const tokens = new Map<string, string>([...tokenBlock(BASE), ...tokenBlock(LIGHT)]);
  for (const file of cssFiles()) {
    for (const [name, fallback] of varReferences(readFileSync(file, 'utf8'))) {
      if (!tokens.has(name) && fallback !== undefined) tokens.set(name, fallback);
    }
  }
  return new Map([...tokens].sort(([a], [b]) => a.localeCompare(b)));
}

/** The README's token table, as it must read. */
export function tokenTable(): string {
  const rows = [...publicTokens()].map(([name, value]) => `| \`${name}\` | \`${value}\` |`);
  return ['| token | default |', '|---|---|', ...rows].join('\n');
}

export const README_PATH = join(src, '..', 'README.md');

export function readme(): string {
  return readFileSync(README_PATH, 'utf8');
}
