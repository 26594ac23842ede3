import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';
import { SOURCE_CONDITION } from './vitest.shared.ts';

type ExportsValue = string | null | { [condition: string]: ExportsValue };

/** The source file tsdown builds into `./dist/<name>.js` (or `.css`): `src/<name>.ts(x)`/`.css`. */
function sourceOf(packageDir: string, target: string): string {
  const stem = target.replace(/^\.\/dist\//, 'src/');
  if (stem.endsWith('.css')) return stem;
  const candidates = ['.ts', '.tsx'].map((ext) => stem.replace(/\.js$/, ext));
  const found = candidates.find((file) => existsSync(join(packageDir, file)));
  if (!found) throw new Error(`exports names ${target}, but none of ${candidates} exists`);
  return found;
}

/**
 * Every module the package publishes, read from its package.json `exports`: each `./dist/*.js`
 * or `.css` target (under any condition, e.g. @kit/proxy's `browser`) is built from its
 * `src/` file. A subpath's `@kit/source` must name the source of its `default` target, so a new
 * entry point is one edit to `exports` and a mismatch stops the build.
 */
export function entriesFromExports(packageDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const entries = new Set<string>();
  const collect = (value: ExportsValue) => {
    if (typeof value === 'string') {
      if (/^\.\/dist\/.+\.(js|css)$/.test(value)) entries.add(sourceOf(packageDir, value));
    } else if (value) {
      for (const [condition, target] of Object.entries(value))
        if (condition !== SOURCE_CONDITION) collect(target);
    }
  };
  for (const [subpath, value] of Object.entries<ExportsValue>(pkg.exports ?? {})) {
    collect(value);
    if (value === null || typeof value !== 'object') continue;
    const source = value[SOURCE_CONDITION];
    const built = value.default;
    if (typeof source !== 'string' || typeof built !== 'string') continue;
    if (`./${sourceOf(packageDir, built)}` !== source)
      throw new Error(
        `exports["${subpath}"]: ${SOURCE_CONDITION} ${source} is not built into ${built}`,
      );
  }
  return [...entries];
}

/**
 * The build of one published package: ESM, one output module per source module, `.d.ts`.
 *
 * Each package builds against its `@kit/*` dependencies' BUILT output (`dist/`, as a consumer
 * gets them), never their sources: `pnpm -r build` runs in topological order, so they exist.
 * Bundling a dependency's `src/` instead (what @kit/proxy's `alwaysBundle` used to do through
 * tsconfig `paths`) made the declaration step load a file of a referenced TypeScript project,
 * which only worked after `tsc -b` had left its outputs behind. So the JS resolver (rolldown's
 * default conditions) and the declaration step (`customConditions: []`) both ignore the
 * workspace-only `@kit/source` condition.
 */
export function definePackageConfig(packageDir: string, options: UserConfig = {}): UserConfig {
  return defineConfig({
    entry: entriesFromExports(packageDir),
    format: 'esm',
    platform: 'neutral',
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    unbundle: true,
    ...options,
  });
}
