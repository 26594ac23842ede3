import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  unbundle: true,
  // `browser.ts` imports a module that must stay unresolvable (see that file).
  external: [/^@kit\/proxy is server-only/],
  // DHMAD's rules are compiled in from @kit/hooks/core (React-free), so the server never loads
  // the hooks' React modules (nor needs React installed).
  noExternal: [/^@kit\/hooks(\/|$)/],
});
