// Lists every package in pnpm-lock.yaml whose `engines.node` rejects the Node versions we
// support (the root package.json's `engines.node` floor and the running Node). pnpm's
// engineStrict stops at the first offender; this lists them all, so a bump can be fixed at once.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);
const floor = semver.minVersion(
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node,
);
const targets = [floor.version, process.versions.node];
const lock = parse(readFileSync(new URL('pnpm-lock.yaml', root), 'utf8'));

const offenders = [];
let checked = 0;
for (const [id, info] of Object.entries(lock.packages ?? {})) {
  const range = info?.engines?.node;
  if (!range) continue;
  checked++;
  for (const version of targets) {
    if (!semver.satisfies(version, range, { includePrerelease: true })) {
      offenders.push(`${id} needs node ${range} (not ${version})`);
    }
  }
}

if (offenders.length > 0) {
  console.error(
    `check-engines: ${offenders.length} package(s) reject our Node:\n  ${offenders.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check-engines: ${checked} packages accept Node ${targets.join(' and ')}`);
