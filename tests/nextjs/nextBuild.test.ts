// @vitest-environment node
/**
 * `@kit/proxy` in a real Next.js app, mounted exactly as the proxy's README shows: the README's
 * `// server/escrowProxy.ts` and `// app/api/escrow/[...path]/route.ts` blocks are copied
 * verbatim into a scratch app, with only what the README leaves to the app around them (its own
 * `getSession`, a tsconfig). `next build` runs with `DHMAD_API_KEY` unset, as in a Docker image
 * build or CI, then `next start` serves the build with and without the key.
 *
 * The kit is compiled from source, as everywhere in the workspace: the app's tsconfig `paths`
 * point `@kit/proxy`, `@kit/hooks/core` and `@kit/hooks/webhooks` at `packages/*\/src`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const nextBin = join(here, 'node_modules/.bin/next');
const README_FILES = ['server/escrowProxy.ts', 'app/api/escrow/[...path]/route.ts'];
const SANDBOX_KEY = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;

/** The app's own authentication, which the README leaves to the reader. */
const AUTH = `export async function getSession(request: Request) {
  const sid = /(?:^|;\\s*)sid=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
  return sid === 'buyer-token' ? { user: { email: 'buyer@example.com' } } : null;
}
`;

/** The app's tsconfig; Turbopack takes `paths` relative to the app. */
const tsconfig = (app: string) => ({
  compilerOptions: {
    target: 'ES2022',
    lib: ['dom', 'dom.iterable', 'esnext'],
    strict: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    isolatedModules: true,
    jsx: 'react-jsx',
    skipLibCheck: true,
    paths: {
      '@/*': ['./*'],
      '@kit/proxy': [relative(app, join(root, 'packages/proxy/src/index.ts'))],
      '@kit/hooks/core': [relative(app, join(root, 'packages/hooks/src/core.ts'))],
      '@kit/hooks/webhooks': [relative(app, join(root, 'packages/hooks/src/webhooks.ts'))],
    },
  },
  include: ['**/*.ts'],
  exclude: ['node_modules'],
});

/** The README's code blocks whose first line names a file (`// path/to/file.ts`). */
async function readmeFiles(): Promise<Map<string, string>> {
  const readme = await readFile(join(root, 'packages/proxy/README.md'), 'utf8');
  const files = new Map<string, string>();
  for (const [, code] of readme.matchAll(/```ts\n(.*?)```/gs)) {
    const path = /^\/\/ (\S+\.ts)\n/.exec(code as string)?.[1];
    if (path) files.set(path, code as string);
  }
  return files;
}

/** The environment of a process the user starts: no test runner's NODE_ENV, no key unless given. */
function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  delete env.NODE_ENV;
  if (!('DHMAD_API_KEY' in extra)) delete env.DHMAD_API_KEY;
  return env;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(nextBin, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface RunningApp {
  origin: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const started: RunningApp[] = [];

/** `next start` on a free loopback port, once it answers. */
async function start(cwd: string, env: NodeJS.ProcessEnv): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(nextBin, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env,
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const app: RunningApp = {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
  started.push(app);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    const ready = await fetch(`${app.origin}/`).then(
      () => true,
      () => false,
    );
    if (ready) return app;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer in 30 s:\n${output}`);
}

let app = '';
let build: { code: number | null; output: string };

beforeAll(async () => {
  app = await mkdtemp(join(here, '.app-'));
  const files = await readmeFiles();
  for (const path of README_FILES) {
    const code = files.get(path);
    if (code === undefined) throw new Error(`The proxy README has no block starting // ${path}`);
    await mkdir(dirname(join(app, path)), { recursive: true });
    await writeFile(join(app, path), code);
  }
  await writeFile(join(app, 'server/auth.ts'), AUTH);
  await writeFile(join(app, 'tsconfig.json'), JSON.stringify(tsconfig(app), null, 2));
  await writeFile(join(app, 'package.json'), '{ "private": true, "type": "module" }\n');
  await writeFile(
    join(app, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  build = await run(['build'], app, appEnv());
});

afterAll(async () => {
  await Promise.all(started.map((running) => running.stop()));
  if (app) await rm(app, { recursive: true, force: true });
});

describe('the proxy README’s Next.js files, built and served', () => {
  it('build with next build while DHMAD_API_KEY is unset', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('/api/escrow/[...path]');
  });

  it('answer the first request without the key with the clear error, and log why', async () => {
    expect(build.code, build.output).toBe(0);
    const server = await start(app, appEnv());
    const response = await fetch(`${server.origin}/api/escrow/escrows/status-paid`, {
      headers: { Cookie: 'sid=buyer-token' },
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: {
        code: 'MISCONFIGURED',
        type: 'proxy_error',
        message:
          'The escrow proxy is misconfigured: check its `apiKey` option (the server log says why).',
      },
    });
    await expect.poll(server.output).toContain('[@kit/proxy]');
    expect(server.output()).toContain('`apiKey` must be a DHMAD secret key');
  });

  it('read the key at run time: the same build with the key set answers as the proxy', async () => {
    expect(build.code, build.output).toBe(0);
    const server = await start(app, appEnv({ DHMAD_API_KEY: SANDBOX_KEY }));
    const response = await fetch(`${server.origin}/api/escrow/escrows/status-paid`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(server.output()).not.toContain(SANDBOX_KEY.slice(11));
  });
});
