/**
 * Reads @kit/ui's public tokens out of its stylesheets' text. Pure, so the README check (Node)
 * and the Storybook Theming page (browser) read the same list the same way.
 */

/** The block of tokens.css that declares the base tier (and the root's color-scheme). */
export const BASE = ':where(:root)';
/**
 * The block that declares the semantic tier, each color as light-dark(light, dark). Also on
 * every data-kit-theme element, so the colors follow its color-scheme even where a bundler
 * lowers light-dark() into variables resolved where the tokens are declared.
 */
export const SEMANTIC = ':where(:root, [data-kit-theme])';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every declaration of one block of tokens.css, found by its selector text. */
export function declarationsOf(tokensCss: string, selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector} in tokens.css`);
  const body = tokensCss.slice(start + selector.length + 2, tokensCss.indexOf('}', start));
  const declarations = new Map<string, string>();
  for (const match of body.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) {
    declarations.set(match[1] as string, squash(match[2] as string));
  }
  return declarations;
}

/** The tokens (`--kit-*`) one block of tokens.css declares, as written. */
export function tokenBlockOf(tokensCss: string, selector: string): Map<string, string> {
  return new Map(
    [...declarationsOf(tokensCss, selector)].filter(([name]) => name.startsWith('--kit-')),
  );
}

/** The arguments of a function call, split at its top-level commas. */
function callArguments(value: string, fn: string): string[] | undefined {
  if (!value.startsWith(`${fn}(`) || !value.endsWith(')')) return undefined;
  const args: string[] = [];
  let depth = 0;
  let from = fn.length + 1;
  for (let i = from; i < value.length - 1; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      args.push(value.slice(from, i).trim());
      from = i + 1;
    }
  }
  args.push(value.slice(from, -1).trim());
  return args;
}

/**
 * The two values of a `light-dark(light, dark)` token, or `undefined` for a value that is the
 * same in both themes.
 */
export function lightDark(value: string): [light: string, dark: string] | undefined {
  const args = callArguments(value, 'light-dark');
  if (!args) return undefined;
  if (args.length !== 2) throw new Error(`light-dark() takes two colors: ${value}`);
  return args as [string, string];
}

/** The tokens of one block as one theme sees them: each `light-dark()` resolved to its side. */
export function themeOf(tokens: Map<string, string>, theme: 'light' | 'dark'): Map<string, string> {
  return new Map(
    [...tokens].map(([name, value]) => {
      const pair = lightDark(value);
      return [name, pair ? pair[theme === 'light' ? 0 : 1] : value];
    }),
  );
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
 * Each public token with its default: base and semantic tokens as declared (a color as
 * `light-dark(light, dark)`), component tokens with the fallback the component reads. Sorted
 * by name.
 */
export function catalogueTokens(
  tokensCss: string,
  componentCss: readonly string[],
): Map<string, string> {
  const tokens = new Map<string, string>([
    ...tokenBlockOf(tokensCss, BASE),
    ...tokenBlockOf(tokensCss, SEMANTIC),
  ]);
  for (const css of componentCss) {
    for (const [name, fallback] of varReferences(css)) {
      if (!tokens.has(name) && fallback !== undefined) tokens.set(name, fallback);
    }
  }
  return new Map([...tokens].sort(([a], [b]) => a.localeCompare(b)));
}
