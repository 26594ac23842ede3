// The servers of `pnpm bench:live`, each in its own worker thread on 127.0.0.1 at an ephemeral
// port (see ../live.bench.mjs):
//   upstream     @kit/mock's simulator as DHMAD, counting the GETs of each escrow and proof
//   proxy        @kit/proxy with its webhook receiver and live event stream, calling upstream
//   passthrough  the same server stack (toNodeHandler) forwarding GET escrows/:id to upstream
//                with Node's fetch and nothing else: the baseline of the added latency
import { createServer } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export const API_KEY = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;
export const WEBHOOK_SECRET = 'b'.repeat(64);
export const BUYER = 'buyer@example.com';
export const SELLER = 'seller@example.com';
/** The escrow of the scripted hour: a seller who has to upload proof. */
export const WATCHED = 'proof-waiting';
const REDIRECT_URL = 'https://shop.example/checkout/return';

async function upstream() {
  const { createDhmadSimulator } = await import('@kit/mock');
  const simulator = createDhmadSimulator({
    apiKey: API_KEY,
    scenarios: [WATCHED],
    allowedRedirectUrls: [REDIRECT_URL],
  });
  const ids = [];
  for (let i = 0; i < workerData.escrows; i += 1) {
    const escrow = simulator.createEscrow({
      title: `Order ${i}`,
      amount: 100,
      currency: 'TND',
      buyerEmail: BUYER,
      sellerEmail: SELLER,
      mode: 'quick',
      estimatedDeliveryDays: 3,
    });
    ids.push(escrow.id);
  }
  /** GET path → how many times DHMAD was asked. */
  const counts = new Map();
  const dhmad = (path, init = {}) =>
    simulator.handle(
      new Request(`https://sandbox.dhmad.tn/api/v1${path}`, {
        ...init,
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      }),
    );
  /** Plays one party finishing a checkout action on the watched escrow, as DHMAD's page would. */
  async function act(action, targetUserEmail, extra = {}) {
    const response = await dhmad(`/escrows/${WATCHED}/sessions`, {
      method: 'POST',
      body: JSON.stringify({ action, targetUserEmail, redirectUrl: REDIRECT_URL, ...extra }),
    });
    const { sessionId } = await response.json();
    simulator.completeSession(sessionId);
  }
  parentPort.on('message', async (message) => {
    if (message.type === 'counts') parentPort.postMessage({ counts: Object.fromEntries(counts) });
    if (message.type === 'reset') counts.clear();
    if (message.type === 'change') {
      try {
        if (message.step === 1) await act('submit_proof', SELLER);
        else await act('review_proof', BUYER);
        parentPort.postMessage({ changed: message.step });
      } catch (error) {
        parentPort.postMessage({ changed: `failed: ${error}` });
      }
    }
  });
  return {
    ids,
    handler(request) {
      if (request.method === 'GET') {
        const path = new URL(request.url).pathname;
        counts.set(path, (counts.get(path) ?? 0) + 1);
      }
      return simulator.handle(request);
    },
  };
}

async function proxy() {
  const { createEscrowProxy } = await import('@kit/proxy');
  return {
    handler: createEscrowProxy({
      apiKey: API_KEY,
      apiBaseUrl: `${workerData.upstreamOrigin}/api/v1`,
      getUser: (request) => {
        const cookie = request.headers.get('cookie');
        return cookie === 'sid=buyer'
          ? { email: BUYER }
          : cookie === 'sid=seller'
            ? { email: SELLER }
            : null;
      },
      redirectUrl: REDIRECT_URL,
      webhooks: { secret: WEBHOOK_SECRET },
      onError: (error) => console.error('[proxy]', error),
    }),
  };
}

async function passthrough() {
  const origin = workerData.upstreamOrigin;
  return {
    handler: async (request) => {
      const id = new URL(request.url).pathname.split('/').at(-1);
      const answer = await fetch(`${origin}/api/v1/escrows/${id}`, {
        headers: { authorization: `Bearer ${API_KEY}` },
      });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    },
  };
}

/** Runs in the worker: serves its role until told to close; answers `memory` after a GC. */
export async function serveInWorker() {
  const { toNodeHandler } = await import('@kit/proxy/node');
  const role = { upstream, proxy, passthrough }[workerData.role];
  const { handler, ids } = await role();
  const server = createServer({ keepAliveTimeout: 30_000 }, toNodeHandler(handler));
  parentPort.on('message', (message) => {
    if (message.type === 'memory') {
      // Workers take no --expose-gc; the flag set at run time exposes gc to a new context.
      setFlagsFromString('--expose-gc');
      runInNewContext('gc')();
      const { heapUsed, external } = process.memoryUsage();
      parentPort.postMessage({ memory: heapUsed + external });
    }
    if (message.type === 'close') {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port, ids }));
}

/** Starts one role in a worker; resolves with its origin and a way to ask it something. */
export function startServer(url, role, data = {}) {
  const worker = new Worker(url, { workerData: { role, ...data } });
  const ask = (message, key) =>
    new Promise((resolve) => {
      const listener = (answer) => {
        if (!(key in answer)) return;
        worker.off('message', listener);
        resolve(answer[key]);
      };
      worker.on('message', listener);
      worker.postMessage(message);
    });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ port, ids }) =>
      resolve({
        worker,
        ids,
        ask,
        origin: `http://127.0.0.1:${port}`,
        close: () => worker.postMessage({ type: 'close' }),
      }),
    );
  });
}
