/**
 * HTML that may be inserted as it is: made by `html` (every value escaped) or, for a constant
 * of this package (the style sheet), by `trustedHtml`. Never built from user input.
 */
export class Html {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

/** What an `html` template takes: escaped text, numbers, `Html`, lists of them, or nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with `& < > " '` replaced by entities: safe in element content and quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/**
 * A tagged template for the hosted checkout's pages: every interpolated value is escaped
 * (titles, emails, notes and file names come from users), except `Html` made by this tag;
 * lists are joined; `null`, `undefined` and booleans render nothing (for `cond && html\`…\``).
 * Attribute values must be quoted in the template. Not a library: five entities, and
 * `@kit/mock` keeps its only runtime dependency `@kit/hooks`.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (const [i, value] of values.entries()) out += render(value) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** A constant of this package as HTML, unescaped (the style sheet); never user input. */
export const trustedHtml = (constant: string): Html => new Html(constant);
