// Bundles the kit's boundary schemas written with valibot (src/schemas.ts, the error body in
// src/request.ts, the created session in src/createSession.ts) and with zod/mini
// (bench/schemas.zod-mini.ts), each with its parse call, minified and gzipped, as a consumer's
// bundler would ship them. Run: node packages/hooks/bench/schema-size.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const entries = {
  valibot: `export * from '${here}../src/schemas.ts'; export { errorBody } from '${here}../src/request.ts'; export { sessionCreatedResponse } from '${here}../src/createSession.ts'; export { safeParse } from 'valibot';`,
  'zod/mini': `export * from '${here}schemas.zod-mini.ts';`,
};

for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    treeShaking: true,
  });
  const code = result.outputFiles[0].contents;
  console.log(
    `${name.padEnd(9)} ${(code.length / 1024).toFixed(2)} kB min, ${(gzipSync(code).length / 1024).toFixed(2)} kB gzip`,
  );
}
