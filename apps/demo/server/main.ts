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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    // Open live streams would keep the server up: close every connection.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
