// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What bundling `entry` pulls in: its own source files and the packages it imports. */
async function bundleOf(entry: string) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const packages = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((i) => i.external).map((i) => i.path),
  );
  return { inputs, packages: [...new Set(packages)] };
}

const isRedis = (name: string) => name === 'redis' || name.startsWith('@redis/');

describe('@kit/proxy/redis, an entry point of its own', () => {
  it('is not loaded by @kit/proxy or @kit/proxy/node: neither imports redis nor the adapter', async () => {
    for (const entry of ['./index.ts', './node.ts']) {
      const { inputs, packages } = await bundleOf(entry);
      expect(inputs.length).toBeGreaterThan(1); // the bundle followed its imports
      expect(inputs.filter((file) => /(^|\/)redis(\/|\.ts$)/.test(file))).toEqual([]);
      expect(packages.filter(isRedis)).toEqual([]);
    }
  });

  it('loads the adapter, which needs only the client it is given (no runtime import of redis)', async () => {
    const { inputs, packages } = await bundleOf('./redis.ts');
    expect(inputs.some((file) => file.endsWith('redis/createRedisEventBus.ts'))).toBe(true);
    expect(packages).toEqual(['valibot']);
  });

  it('is published as ./redis, server-only, with redis as an optional peer', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./redis']).toMatchObject({
      types: './dist/redis.d.ts',
      browser: './dist/browser.js',
      default: './dist/redis.js',
    });
    expect(pkg.peerDependencies.redis).toBeDefined();
    expect(pkg.peerDependenciesMeta.redis).toEqual({ optional: true });
    expect(pkg.dependencies.redis).toBeUndefined();
  });
});
