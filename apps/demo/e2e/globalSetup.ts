import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startDemoServer } from './startDemoServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the demo server of this run answers. */
    demoUrl: string;
  }
}

const demoDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the demo as its `build` script does (`vite build && vite build --ssr`: the React app,
 * then the server) and starts one server process for the layer; every test file drives it over
 * real HTTP, in real Chromium.
 */
export default async function setup(project: TestProject) {
  // The test runner sets NODE_ENV=test, which would build React's development version: build
  // what `pnpm demo` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: demoDir, logLevel: 'warn' });
    await build({ root: demoDir, logLevel: 'warn', build: { ssr: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const demo = await startDemoServer();
  project.provide('demoUrl', demo.url);
  return async () => {
    await demo.stop();
  };
}
