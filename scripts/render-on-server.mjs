// Renders every element of a module's `serverRendered` map to HTML with react-dom/server, as a
// server would, in this process's time zone (run it with TZ set, e.g. TZ=UTC), and prints
// `{ name: html }` as JSON. The module is loaded from source through Vite, with the workspace's
// source condition the tests use.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderToString } from 'react-dom/server';
import { defaultServerConditions, runnerImport } from 'vite';

const [modulePath] = process.argv.slice(2);
if (!modulePath) throw new Error('usage: node scripts/render-on-server.mjs <module.tsx>');
const shared = fileURLToPath(new URL('../vitest.shared.ts', import.meta.url));
const { SOURCE_CONDITION } = (await runnerImport(shared)).module;
const { module } = await runnerImport(pathToFileURL(modulePath).href, {
  configFile: false,
  logLevel: 'error',
  // runnerImport's own environment ('inline') resolves with the server conditions: the
  // workspace's source condition first, as in the tests.
  environments: {
    inline: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  },
});
const html = Object.fromEntries(
  Object.entries(module.serverRendered).map(([name, element]) => [name, renderToString(element())]),
);
process.stdout.write(JSON.stringify(html));
