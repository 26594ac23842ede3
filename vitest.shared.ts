import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The custom export condition each workspace package lists first in its `exports`, pointing at
 * `src/`: Vite, Vitest, Storybook and TypeScript (`customConditions`) read it, so tests and
 * Storybook run on source without a build. It is dropped when packing (.pnpmfile.cjs).
 */
export const SOURCE_CONDITION = '@kit/source';

/**
 * A Vite plugin that resolves `@kit/*` imports to their sources through {@link SOURCE_CONDITION}:
 * `resolve.conditions` for the browser, Storybook and the jsdom test environment,
 * `ssr.resolve.conditions` for the node test environment. Vite's default conditions stay after it.
 */
export function kitSources(): Plugin {
  return {
    name: 'kit-sources',
    config: () => ({
      resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
      ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
    }),
  };
}

const react18 = (path: string) => join(root, 'tests/react18/node_modules', path);

/**
 * The `react18` layer: the kit's own imports of React and TanStack Query resolve to
 * tests/react18's React 18 install tree (Testing Library there already uses it).
 */
export const react18Aliases = [
  { find: /^react$/, replacement: react18('react/index.js') },
  { find: /^react\/(.*)$/, replacement: react18('react/$1.js') },
  { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
  { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1.js') },
  { find: /^@tanstack\/react-query$/, replacement: react18('@tanstack/react-query') },
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for browser tests: install one with `apt-get install chromium` (Debian/Ubuntu) or `pnpm exec playwright install chromium`, or set CHROMIUM_PATH.';

function onPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

async function playwrightCache(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium the browser layers run in: `CHROMIUM_PATH`, then `chromium` on PATH,
 * then Playwright's own browser cache. `undefined` when none is installed.
 */
export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return onPath(['chromium', 'chromium-browser']) ?? (await playwrightCache());
}

/** Flags proven on headless CI machines without network or GPU. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The `test` options of a layer that runs in real Chromium. When no Chromium is installed, the
 * layer's global setup stops the run with one line saying how to install one.
 */
export async function chromiumTestOptions() {
  const executablePath = await findChromium();
  return {
    globalSetup: executablePath ? [] : [join(root, 'scripts/require-chromium.ts')],
    // Vitest's browser default is 15 s. The first test of a file also pays the cold load of its
    // page's modules: on a busy 2-core machine that first test took 16-18 s (ActionButton's
    // first story in three story runs at once). The tests' own waits are unchanged.
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: await chromiumProvider(),
      instances: [{ browser: 'chromium' as const }],
    },
  };
}

/** Playwright driving the Chromium `findChromium` finds, with these browser-context options. */
async function chromiumProvider(contextOptions?: { timezoneId: string }) {
  const { playwright } = await import('@vitest/browser-playwright');
  return playwright({
    launchOptions: { executablePath: await findChromium(), args: chromiumArgs },
    contextOptions,
  });
}

/** Browser instances, one Chromium context per IANA time zone (Playwright's `timezoneId`). */
export async function chromiumInTimeZones(timeZones: readonly string[]) {
  return Promise.all(
    timeZones.map(async (timezoneId) => ({
      browser: 'chromium' as const,
      name: `chromium ${timezoneId}`,
      provider: await chromiumProvider({ timezoneId }),
    })),
  );
}

/** Vite's default build targets ('baseline-widely-available'), as lightningcss takes them. */
const VITE_DEFAULT_TARGETS = {
  chrome: 111 << 16,
  edge: 111 << 16,
  firefox: 114 << 16,
  safari: (16 << 16) | (4 << 8),
  ios_saf: (16 << 16) | (4 << 8),
};

/**
 * A browser command: @kit/ui's stylesheet bundled as written, or lowered the way a host's
 * production build lowers it (Vite minifies CSS with lightningcss for its default targets, which
 * predate light-dark(): each light-dark() becomes a pair of --lightningcss-* variables).
 */
export const kitStylesheet: BrowserCommand<['as written' | 'lowered']> = async (_, variant) => {
  const { bundleAsync } = await import('lightningcss');
  const { code } = await bundleAsync({
    filename: join(root, 'packages/ui/src/styles.css'),
    targets: variant === 'lowered' ? VITE_DEFAULT_TARGETS : undefined,
  });
  return code.toString();
};

/**
 * A browser command: the `serverRendered` elements of a module (path from the repository root)
 * rendered to HTML with react-dom/server in a Node process of its own whose time zone is UTC,
 * as on most servers; `{ name: html }`.
 */
export const renderOnServer: BrowserCommand<[modulePath: string]> = async (_, modulePath) => {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const script = join(root, 'scripts/render-on-server.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, join(root, modulePath)], {
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Record<string, string>;
};
