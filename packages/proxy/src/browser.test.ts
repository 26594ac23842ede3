// @vitest-environment node
/**
 * The package's real `exports` map and its real browser entry, installed in a scratch
 * `node_modules` and bundled with esbuild under the conditions each kind of build uses.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, build, transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url);
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-proxy-browser-'));
  const pkg = join(scratch, 'node_modules/@kit/proxy');
  await mkdir(join(pkg, 'dist'), { recursive: true });
  await writeFile(join(pkg, 'package.json'), await readFile(new URL('../package.json', here)));
  const browser = await transform(await readFile(new URL('browser.ts', here), 'utf8'), {
    loader: 'ts',
    format: 'esm',
  });
  await writeFile(join(pkg, 'dist/browser.js'), browser.code);
  await writeFile(join(pkg, 'dist/index.js'), 'export const entry = "server entry";\n');
  await writeFile(join(pkg, 'dist/node.js'), 'export const entry = "node entry";\n');
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function bundle(specifier: string, options: BuildOptions) {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: scratch },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles?.[0]?.text ?? '';
}

async function buildError(specifier: string, options: BuildOptions): Promise<string> {
  try {
    await bundle(specifier, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`bundling ${specifier} succeeded`);
}

describe('a browser build', () => {
  it.each(['@kit/proxy', '@kit/proxy/node'])(
    'fails at build time when it imports %s',
    async (specifier) => {
      const message = await buildError(specifier, { platform: 'browser' });
      expect(message).toContain('Could not resolve');
      expect(message).toContain('@kit/proxy is server-only: it holds your DHMAD API key');
    },
  );

  it('throws at import if the build is told to keep the module external', async () => {
    const code = await bundle('@kit/proxy', {
      platform: 'browser',
      external: ['@kit/proxy is server-only*'],
    });
    const body = code.replace(/^import .*$/m, '');
    expect(() => new Function(body)()).toThrow(/@kit\/proxy is server-only/);
  });
});

describe('a server build', () => {
  it.each([
    ['Node', { platform: 'node' } as BuildOptions],
    [
      'Cloudflare Workers (wrangler)',
      { platform: 'neutral', conditions: ['workerd', 'worker', 'browser'] } as BuildOptions,
    ],
    [
      'Next.js edge',
      { platform: 'neutral', conditions: ['edge-light', 'browser'] } as BuildOptions,
    ],
    ['Deno and Bun', { platform: 'neutral', conditions: ['deno', 'bun', 'node'] } as BuildOptions],
  ])('on %s gets the real entry', async (_, options) => {
    expect(await bundle('@kit/proxy', options)).toContain('server entry');
  });

  it('on Node gets the Node adapter from @kit/proxy/node', async () => {
    expect(await bundle('@kit/proxy/node', { platform: 'node' })).toContain('node entry');
  });
});
