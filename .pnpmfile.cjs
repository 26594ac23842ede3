// Inside the workspace each package's `exports` starts with the `@kit/source` condition, so Vite,
// Vitest, Storybook and TypeScript read `src/` and nothing needs building to develop. `src/` is
// not published, so `pnpm pack` and `pnpm publish` drop that condition from the packed
// package.json (pnpm's beforePacking hook): `exports` is written once, in package.json.
const SOURCE_CONDITION = '@kit/source';

/** `value` without the source condition; `{ default: target }` left over becomes `target`. */
function withoutSourceCondition(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const kept = Object.entries(value)
    .filter(([key]) => key !== SOURCE_CONDITION)
    .map(([key, target]) => [key, withoutSourceCondition(target)]);
  return kept.length === 1 && kept[0][0] === 'default' ? kept[0][1] : Object.fromEntries(kept);
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports !== undefined) pkg.exports = withoutSourceCondition(pkg.exports);
      // Development-only: they name private workspace packages (@kit/test-utils) that are never
      // published, and nobody installing the package reads them.
      delete pkg.devDependencies;
      return pkg;
    },
  },
};
