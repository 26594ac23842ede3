import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const demoDir = fileURLToPath(new URL('..', import.meta.url));

/** A demo server running in a process of its own. */
export interface RunningDemo {
  /** `http://localhost:<port>`, as `pnpm demo` prints it. */
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the built demo (`node dist/server/main.js`, what `pnpm demo` runs after building) on a
 * free port, without a DHMAD key, and resolves once it prints its URL.
 */
export async function startDemoServer(env: NodeJS.ProcessEnv = {}): Promise<RunningDemo> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ...env };
  for (const name of ['DHMAD_API_KEY', 'DHMAD_WEBHOOK_SECRET', 'PUBLIC_URL', 'NODE_ENV']) {
    if (!(name in env)) delete childEnv[name];
  }
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: demoDir,
    env: childEnv,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /Demo marketplace on (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The demo server exited (${code}):\n${output}`)));
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
  try {
    const url = await ready;
    return {
      url,
      output: () => output,
      async stop() {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      },
    };
  } finally {
    clearTimeout(timeout);
  }
}
