// Each published package as a user gets it: packed with pnpm (as `pnpm publish` packs it), then
// installed with npm into an empty app with the install line of the package's README, the @kit
// tarballs standing in for the registry, then imported and used by checks/<package>.mjs.
// The other packages come from the npm registry at their current versions, so this test shows
// that every peer range admits what `npm install` picks today (needs the registry; run by
// `pnpm test:install` after `pnpm build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import semver from 'semver';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['hooks', 'ui', 'mock', 'proxy'];
/**
 * Each package with its README's install line, plus @kit/hooks alone: its React peers are
 * optional, so a server or test that only uses `@kit/hooks/core` installs no React; and
 * @kit/proxy with the README's line that names `redis` (its optional peer, for `@kit/proxy/redis`).
 */
const CASES = [
  ...PACKAGES.map((name) => ({ name, check: name })),
  { name: 'hooks', check: 'hooks-core', line: 'npm install @kit/hooks' },
  { name: 'proxy', check: 'proxy-redis', naming: 'redis' },
];

/** npm as a user runs it: none of the npm_* settings pnpm passes to this script. */
const userEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
);

let scratch;
/** `@kit/<name>` → the packed tarball's absolute path. */
const tarballs = new Map();

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-install-'));
  for (const name of PACKAGES) {
    const out = join(scratch, `kit-${name}.tgz`);
    await run('pnpm', ['pack', '--out', out], { cwd: join(root, 'packages', name) });
    tarballs.set(`@kit/${name}`, out);
  }
});

after(() => rm(scratch, { recursive: true, force: true }));

/**
 * The first install command in the README's shell blocks, e.g. `pnpm add -D @kit/mock msw`; with
 * `naming`, the first one that installs that package (`pnpm add @kit/proxy redis`).
 */
async function readmeInstallLine(name, naming) {
  const readme = await readFile(join(root, 'packages', name, 'README.md'), 'utf8');
  const line = readme
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => /^(pnpm add|npm install|npm i|yarn add) /.test(text))
    .find((text) => {
      const packages = text.split(/\s+/).slice(2);
      return !naming || packages.some((word) => word === naming || word.startsWith(`${naming}@`));
    });
  assert.ok(
    line,
    `packages/${name}/README.md has no install line${naming ? ` naming ${naming}` : ''}`,
  );
  return line;
}

/**
 * That line as `npm install` arguments: the dev flag kept, @kit packages swapped for their
 * tarballs, every other package at its `latest` tag. Without the tag, npm on an older Node picks
 * the newest release whose `engines` accept it (msw 2 on Node 20), not what most users get.
 */
function npmArguments(line) {
  const words = line.split(/\s+/).slice(2);
  return words.map((word) => {
    if (word === '-D' || word === '--dev' || word === '--save-dev') return '--save-dev';
    if (word.startsWith('-')) return word;
    return tarballs.get(word) ?? (/^@?[^@]+@/.test(word) ? word : `${word}@latest`);
  });
}

async function installApp({ name, check, naming, line: given }) {
  const app = join(scratch, `app-${check}`);
  const line = given ?? (await readmeInstallLine(name, naming));
  const args = npmArguments(line);
  // A @kit package the line does not name (e.g. @kit/hooks under @kit/mock) comes from its tarball.
  const overrides = Object.fromEntries(
    [...tarballs]
      .filter(([, tarball]) => !args.includes(tarball))
      .map(([pkg, tarball]) => [pkg, `file:${tarball}`]),
  );
  await mkdir(app);
  await writeFile(
    join(app, 'package.json'),
    `${JSON.stringify({ name: `app-${check}`, private: true, type: 'module', overrides }, null, 2)}\n`,
  );
  const npm = ['install', ...args, '--no-audit', '--no-fund', '--engine-strict=false'];
  const { stderr } = await run('npm', npm, { cwd: app, env: userEnv, maxBuffer: 1 << 24 });
  return { app, line, stderr };
}

/** The manifest of each package the app depends on, as npm installed it. */
async function installedManifests(app) {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(
    await readFile(join(app, 'package.json'), 'utf8'),
  );
  const read = (pkg) => readFile(join(app, 'node_modules', pkg, 'package.json'), 'utf8');
  const names = Object.keys({ ...dependencies, ...devDependencies });
  return Promise.all(names.map(async (pkg) => JSON.parse(await read(pkg))));
}

/**
 * The command that runs a check: this Node, or, when an installed package's `engines` reject
 * it (msw 3 needs Node >= 22.12), the lowest major they all accept, from the npm registry's
 * `node` package through npx.
 */
function nodeCommand(manifests) {
  const majors = manifests
    .map((manifest) => manifest.engines?.node)
    .filter((range) => range && !semver.satisfies(process.version, range))
    .map((range) => semver.minVersion(range).major);
  if (majors.length === 0) return [process.execPath, []];
  return ['npx', ['-y', `node@${Math.max(...majors)}`]];
}

describe('installed with npm from its README line', () => {
  for (const testCase of CASES) {
    it(testCase.check, async () => {
      const { app, line, stderr } = await installApp(testCase);
      assert.doesNotMatch(stderr, /ERESOLVE|peer dep/i, `${line}\n${stderr}`);
      await copyFile(
        join(root, 'tests/install/checks', `${testCase.check}.mjs`),
        join(app, 'check.mjs'),
      );
      const manifests = await installedManifests(app);
      const [node, nodeArgs] = nodeCommand(manifests);
      const { stdout } = await run(node, [...nodeArgs, 'check.mjs'], { cwd: app, env: userEnv });
      const versions = manifests.map((manifest) => `${manifest.name}@${manifest.version}`);
      const on = node === process.execPath ? process.version : nodeArgs.at(-1);
      console.log(`${line}\n  installed: ${versions.join(', ')}; ran on ${on}\n  ${stdout}`);
    });
  }
});
