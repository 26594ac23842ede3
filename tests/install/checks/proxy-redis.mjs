// @kit/proxy/redis as installed with `redis`, as the README's "Several instances (Redis)" section
// sets it up: two instances, each with its own node-redis client and bus, on one real
// redis-server (REDIS_SERVER_PATH, else `redis-server` on PATH), started here on a free port with
// persistence off and always stopped, like the clients and buses, so the process exits by itself.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createRedisEventBus, DEFAULT_REDIS_CHANNEL } from '@kit/proxy/redis';
import { createClient } from 'redis';

function redisServerPath() {
  const given = process.env.REDIS_SERVER_PATH;
  if (given && existsSync(given)) return given;
  if (given) throw new Error(`REDIS_SERVER_PATH is ${given}, which does not exist.`);
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'redis-server'))
    .find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'redis-server not found: set REDIS_SERVER_PATH to its path or put it on PATH (`apt-get install -y redis-server`).',
  );
}

const port = await new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
// Nothing is written to disk; the log goes to stdout, where readiness is read.
const options = { port, bind: '127.0.0.1', save: '', appendonly: 'no', dir: tmpdir(), logfile: '' };
const server = spawn(
  redisServerPath(),
  Object.entries(options).flatMap(([name, value]) => [`--${name}`, String(value)]),
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
const serverExited = new Promise((resolve) => server.once('close', resolve));
// Should this script die early, the server dies with it.
process.once('exit', () => server.kill('SIGKILL'));

/** Resolves once `condition()` is truthy; fails naming `what` after `ms`. */
async function waitFor(what, condition, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const instances = [];
try {
  let log = '';
  server.stdout.on('data', (chunk) => {
    log += chunk;
  });
  server.stderr.on('data', (chunk) => {
    log += chunk;
  });
  let failedToStart;
  server.once('error', (error) => {
    failedToStart = error;
  });
  await waitFor(`redis-server on port ${port} ready`, () => {
    if (failedToStart) throw failedToStart;
    if (server.exitCode !== null) throw new Error(`redis-server exited:\n${log}`);
    return log.includes('Ready to accept connections');
  });

  // Two proxy instances, each as the README connects one.
  for (const name of ['A', 'B']) {
    const redis = await createClient({ url: `redis://127.0.0.1:${port}`, pingInterval: 10_000 })
      .on('error', (error) => console.error('redis', name, error))
      .connect();
    instances.push({ redis, eventBus: createRedisEventBus({ client: redis }) });
  }
  const [a, b] = instances;

  const heard = [];
  b.eventBus.subscribe(['e1'], (event) => heard.push(event));
  // B's SUBSCRIBE is confirmed a moment after its first subscribe: what is published before reaches nobody.
  await waitFor(`B subscribed to ${DEFAULT_REDIS_CHANNEL}`, async () => {
    const counts = await a.redis.pubSubNumSub(DEFAULT_REDIS_CHANNEL);
    return counts[DEFAULT_REDIS_CHANNEL] === 1;
  });
  await a.eventBus.publish({ escrowId: 'e2', event: 'escrow.funded' });
  await a.eventBus.publish({ escrowId: 'e1', event: 'escrow.proof.submitted' });
  await waitFor('the event published on A heard on B', () => heard.length > 0);
  assert.deepEqual(heard, [{ escrowId: 'e1', event: 'escrow.proof.submitted' }]);

  assert.equal(await a.eventBus.markDelivered('wh_1', 60_000), true);
  assert.equal(await b.eventBus.markDelivered('wh_1', 60_000), false);

  const version = (await a.redis.info('server')).match(/redis_version:(\S+)/)?.[1];
  console.log(
    `redis-server ${version}: e1's escrow.proof.submitted published on A reached B's subscriber (e2's did not);`,
    'markDelivered(wh_1) true on A, then false on B',
  );
} finally {
  // The README's shutdown: each bus, then its client; then the server.
  for (const { redis, eventBus } of instances) {
    await eventBus.close();
    await redis.close();
  }
  server.kill('SIGTERM');
  await serverExited;
}

// Everything is closed: the process must now end by itself.
setTimeout(() => {
  console.error('still running after everything was closed:', process.getActiveResourcesInfo());
  process.exit(1);
}, 5000).unref();
