import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * An MSW server for one test file, failing on unhandled requests, with a log of every
 * request that reached it ("GET /api/escrow/escrows/e1"). By default it is a proxy without
 * the live events route (`GET /api/escrow/events` answers 404, so the kit polls); a test
 * serves that route with `server.use`.
 */
export function setupMswServer() {
  const server = setupServer(
    http.get('*/api/escrow/events', () => new HttpResponse(null, { status: 404 })),
  );
  const log: string[] = [];
  server.events.on('request:start', ({ request }) => {
    log.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    log.length = 0;
  });
  afterAll(() => server.close());
  const count = (line: string) => log.filter((l) => l === line).length;
  return { server, log, count };
}
