import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Inside the workspace every package is consumed from source, so tests and Storybook
 * hot-reload without a build. Published consumers get `dist/` through each `exports` map.
 * More specific entries come first: Vite matches aliases in order.
 */
export const workspaceAliases = [
  { find: /^@kit\/ui\/locales\/(.*)$/, replacement: join(root, 'packages/ui/src/locales/$1.ts') },
  { find: /^@kit\/ui\/styles\.css$/, replacement: join(root, 'packages/ui/src/styles.css') },
  { find: /^@kit\/hooks\/core$/, replacement: join(root, 'packages/hooks/src/core.ts') },
  { find: /^@kit\/hooks$/, replacement: join(root, 'packages/hooks/src/index.ts') },
  { find: /^@kit\/ui$/, replacement: join(root, 'packages/ui/src/index.ts') },
  { find: /^@kit\/mock$/, replacement: join(root, 'packages/mock/src/index.ts') },
  { find: /^@kit\/proxy\/node$/, replacement: join(root, 'packages/proxy/src/node.ts') },
  { find: /^@kit\/proxy$/, replacement: join(root, 'packages/proxy/src/index.ts') },
];

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
  const { playwright } = await import('@vitest/browser-playwright');
  return {
    globalSetup: executablePath ? [] : [join(root, 'scripts/require-chromium.ts')],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' as const }],
    },
  };
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
