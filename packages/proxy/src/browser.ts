/**
 * What a browser bundle gets for `@kit/proxy` and `@kit/proxy/node` (the `browser` condition of
 * the package's `exports`). The proxy holds the DHMAD API key, so it must never reach a browser.
 *
 * The import below names no real module: every bundler (esbuild, Vite, Rollup, webpack) stops
 * the build with this sentence in its "could not resolve" error. Should something still run this
 * file, the `throw` stops it at import.
 */
import '@kit/proxy is server-only: it holds your DHMAD API key. Import it in server code (route handlers, API routes, a Node server), never in a browser bundle';

throw new Error(
  '@kit/proxy is server-only: it holds your DHMAD API key. Import it in server code (route handlers, API routes, a Node server), never in a browser bundle.',
);
