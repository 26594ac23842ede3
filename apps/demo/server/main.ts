import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDemoServer } from './createDemoServer';
import { readDemoConfig } from './demoConfig';

function readConfigOrExit() {
  try {
    return readDemoConfig();
  } catch (error) {
    // A setting the user got wrong: say which, without a stack trace.
    console.error(`The demo cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

const config = readConfigOrExit();
const clientDir = fileURLToPath(new URL('../client', import.meta.url));
const demo = createDemoServer(config, clientDir);
const server = serve({ fetch: demo.fetch, port: config.port }, () => {
  const against = demo.backend.simulator ? 'the DHMAD simulator (no key, no network)' : 'DHMAD';
  console.log(`Demo marketplace on ${config.publicUrl} — escrows on ${against}`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const message =
    error.code === 'EADDRINUSE'
      ? `port ${config.port} is in use. Stop what uses it, or choose another: PORT=3001 pnpm demo`
      : error.message;
  console.error(`The demo cannot start: ${message}`);
  process.exit(1);
});

// Ctrl-C (or a container's SIGTERM) ends the demo normally: close the server and every
// connection (open live streams would keep it up), and exit 0 so nothing reports a failure.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
