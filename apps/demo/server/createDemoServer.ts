import { serveStatic } from '@hono/node-server/serve-static';
import { createDhmadClient } from '@kit/proxy';
import { Hono } from 'hono';
import { createDhmadBackend, SIMULATOR_PATHS } from './createDhmadBackend';
import type { DemoConfig } from './demoConfig';
import { createDemoRoutes } from './demoRoutes';
import { createDemoSessions } from './demoSession';
import { createDemoProxy } from './escrowProxy';
import { createOrderBook } from './orderBook';

/**
 * The demo's one server: the React app (built to `clientDir`), the kit's proxy at `/api/escrow`
 * (with DHMAD's webhooks and the live stream), the marketplace's own API at `/api/demo`, and —
 * without a `DHMAD_API_KEY` — the simulator playing DHMAD on the same origin.
 */
export function createDemoServer(config: DemoConfig, clientDir: string) {
  const orders = createOrderBook();
  const backend = createDhmadBackend(config, orders);
  const sessions = createDemoSessions(config.users, config.cookieSecret);
  const proxy = createDemoProxy(config, backend, sessions);
  const client = createDhmadClient({ apiKey: backend.apiKey, apiBaseUrl: backend.apiBaseUrl });

  const app = new Hono();
  app.all('/api/escrow/*', (c) => proxy(c.req.raw));
  app.route(
    '/api/demo',
    createDemoRoutes({
      users: config.users,
      sessions,
      orders,
      client,
      backend,
      secureCookies: config.publicUrl.startsWith('https:'),
    }),
  );
  const { simulator } = backend;
  if (simulator) {
    for (const path of SIMULATOR_PATHS) app.all(path, (c) => simulator.handle(c.req.raw));
  }
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'NOT_FOUND', message: 'No such endpoint.' } }, 404),
  );
  app.use('/assets/*', serveStatic({ root: clientDir }));
  // Every other path is a page of the single-page app.
  app.get('*', serveStatic({ root: clientDir, path: 'index.html' }));
  return { fetch: app.fetch, backend };
}
