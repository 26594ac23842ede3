/**
 * Reads @kit/ui's public tokens out of its stylesheets' text. Pure, so the README check (Node)
 * and the Storybook Theming page (browser) read the same list the same way.
 */

export const LIGHT = ':where(:root, [data-kit-theme="light"])';
export const DARK = ':where([data-kit-theme="dark"])';
export const DARK_BY_MEDIA = '  :where(:root:not([data-kit-theme="light"]))';
export const BASE = ':where(:root)';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The declarations of one block of tokens.css, found by its selector text. */
export function tokenBlockOf(tokensCss: string, selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector} in tokens.css`);
  const body = tokensCss.slice(start + selector.length + 2, tokensCss.indexOf('}', start));
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--kit-[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1] as string, squash(match[2] as string));
  }
  return tokens;
}

/** Every `var(--kit-x, fallback)` in a stylesheet, with its fallback (nested parentheses kept). */
function* varReferences(css: string): Generator<[string, string | undefined]> {
  for (const match of css.matchAll(/var\(\s*(--kit-[\w-]+)\s*(,?)/g)) {
    const name = match[1] as string;
    const start = (match.index ?? 0) + match[0].length;
    if (!match[2]) {
      yield [name, undefined];
      continue;
    }
    let depth = 0;
    let end = start;
    for (; end < css.length; end++) {
      const c = css[end];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
    }
    yield [name, squash(css.slice(start, end))];
  }
}

/**
 * Each public token with its default: base and semantic tokens with their light value,
 * component tokens with the fallback the component reads. Sorted by name.
 */
export function catalogueTokens(
  tokensCss: string,
  componentCss: readonly string[],
): Map<string, string> {
  const tokens = new Map<string, string>([
    ...tokenBlockOf(tokensCss, BASE),
    ...tokenBlockOf(tokensCss, LIGHT),
  ]);
  for (const css of componentCss) {
    for (const [name, fallback] of varReferences(css)) {
      if (!tokens.has(name) && fallback !== undefined) tokens.set(name, fallback);
    }
  }
  return new Map([...tokens].sort(([a], [b]) => a.localeCompare(b)));
}
