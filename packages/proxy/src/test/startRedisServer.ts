/**
 * A real `redis-server` for the Redis event bus's tests: `startRedisServer()` finds the binary
 * (`REDIS_SERVER_PATH`, else `redis-server` on PATH, else it installs Debian's package when it
 * runs as root with apt-get), starts it on a free loopback port with persistence off (nothing is written to disk), and gives
 * `stop()`/`start()` (the same port again) to play an outage.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:<port>` */
  url: string;
  /** Stops the server (SIGKILL, as a crash would) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved). */
  start(): Promise<void>;
}

const NOT_FOUND =
  'redis-server not found: install it (`apt-get install -y redis-server` on Debian/Ubuntu, `brew install redis` on macOS) or set REDIS_SERVER_PATH.';

const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));

/** The redis-server binary, installed with apt-get if it is missing and we may. */
export function findRedisServer(): string {
  const fromEnv = process.env.REDIS_SERVER_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`REDIS_SERVER_PATH is ${fromEnv}, which does not exist. ${NOT_FOUND}`);
  }
  const found = onPath('redis-server');
  if (found) return found;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () =>
      execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { env, stdio: 'ignore' });
    try {
      install();
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
      install();
    }
    const installed = onPath('redis-server');
    if (installed) return installed;
  }
  throw new Error(NOT_FOUND);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Spawns redis-server on `port`; resolves once it accepts connections. */
function spawnRedis(binary: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
      // Nothing is written to disk; logs go to stdout, where readiness is read.
      .concat(['--dir', tmpdir(), '--logfile', '', '--daemonize', 'no']),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail('it did not start within 5 s'), 5000);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`redis-server on port ${port}: ${why}.\n${output.slice(-2000)}`));
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`it exited with code ${code}`));
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  const binary = findRedisServer();
  let port = await freePort();
  let child: ChildProcess | undefined;
  // Another process may take the free port first: try a few.
  for (let attempt = 1; !child; attempt++) {
    try {
      child = await spawnRedis(binary, port);
    } catch (error) {
      if (attempt === 3) throw error;
      port = await freePort();
    }
  }
  process.once('exit', () => child?.kill('SIGKILL'));

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    running.removeAllListeners('exit');
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start: async () => {
      await stop();
      child = await spawnRedis(binary, port);
    },
  };
}
