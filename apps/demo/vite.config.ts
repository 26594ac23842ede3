import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kitSources } from '../../vitest.shared.ts';

/**
 * Two builds from one config: the React app (`vite build` → dist/client) and the server
 * (`vite build --ssr` → dist/server/main.js). Inside this workspace the kit's
 * packages resolve to their sources (`kitSources`); the server bundle holds everything it
 * imports, so `node dist/server/main.js` needs no other install.
 */
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), kitSources()],
  build: isSsrBuild
    ? {
        target: 'node20',
        outDir: 'dist/server',
        emptyOutDir: true,
        copyPublicDir: false,
        rollupOptions: { input: 'server/main.ts' },
      }
    : { outDir: 'dist/client', emptyOutDir: true },
  ssr: { noExternal: true, target: 'node' },
}));
