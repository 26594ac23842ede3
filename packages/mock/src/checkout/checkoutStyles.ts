/**
 * The hosted checkout pages' one style sheet: readable at 320 px, visible focus, colours with
 * at least 4.5:1 contrast (WCAG AA). No quotes or `<` in it: it is inserted as it is.
 */
export const CHECKOUT_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1b1b1f;background:#f6f6f8}
header{background:#7a3e00;color:#fff;padding:.75rem 1rem;font-weight:600}
header p{margin:0;max-width:40rem;margin-inline:auto}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
dl{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:.25rem 1rem;margin:0 0 1.5rem}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
form{display:grid;gap:1rem;margin:0 0 1.5rem;padding:1rem;background:#fff;border:1px solid #8a8a93;border-radius:.5rem}
label{font-weight:600;display:block}
.hint{color:#44444c;font-size:.875rem;margin:.25rem 0 0}
.error{color:#a4001c;font-weight:600;margin:.25rem 0 0}
input,textarea{font:inherit;width:100%;max-width:100%;padding:.5rem;border:1px solid #5f5f68;border-radius:.25rem;background:#fff;color:#1b1b1f}
textarea{min-height:5rem}
[aria-invalid=true]{border:2px solid #a4001c}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:.375rem;border:2px solid #0a4f96;background:#0a4f96;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0a4f96}
a{color:#0a4f96}
:focus-visible{outline:3px solid #1b1b1f;outline-offset:2px}
.files{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:.75rem;list-style:none;padding:0;margin:0 0 1rem}
.files a{display:block;overflow-wrap:anywhere}
.files img{display:block;width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;border-radius:.25rem;background:#ddd}
blockquote{margin:0 0 1rem;padding:.5rem 1rem;border-inline-start:4px solid #8a8a93;background:#fff;overflow-wrap:anywhere}
.notice{padding:1rem;background:#fff;border:1px solid #8a8a93;border-radius:.5rem}
`;

let source: Promise<string> | undefined;

/**
 * The style sheet as a Content-Security-Policy source, `'sha256-…'` (CSP Level 3): only this
 * one `<style>` block applies. Computed once, with Web Crypto.
 */
export function checkoutStyleSource(): Promise<string> {
  source ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(CHECKOUT_CSS))
    .then((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  return source;
}
