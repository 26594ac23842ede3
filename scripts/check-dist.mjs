// After `pnpm build`: every source module that starts with 'use client' must still start with
// it in dist/, or React Server Components would treat a client module as a server one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];
let checked = 0;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

for (const pkg of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', pkg, 'src');
  if (!existsSync(src)) continue;
  for (const file of walk(src)) {
    if (
      !/\.tsx?$/.test(file) ||
      /\.(test|test-d|browser\.test)\.tsx?$/.test(file) ||
      file.endsWith('.d.ts')
    )
      continue;
    if (!/^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'))) continue;
    const built = join(
      root,
      'packages',
      pkg,
      'dist',
      relative(src, file).replace(/\.tsx?$/, '.js'),
    );
    checked++;
    if (!existsSync(built)) problems.push(`${relative(root, built)} is missing`);
    else if (!/^"use client";/.test(readFileSync(built, 'utf8')))
      problems.push(`${relative(root, built)} lost its 'use client' directive`);
  }
}

if (problems.length > 0) {
  console.error(`check-dist: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: ${checked} client module(s) keep 'use client'`);
