import { definePackageConfig } from '../../tsdown.shared.ts';

export default definePackageConfig(import.meta.dirname, {
  deps: {
    // `browser.ts` imports a module that must stay unresolvable (see that file).
    neverBundle: [/^@kit\/proxy is server-only/],
    // DHMAD's rules are compiled in from @kit/hooks/core's built modules (React-free), so the
    // server never loads the hooks' React modules (nor needs React installed).
    alwaysBundle: [/^@kit\/hooks(\/|$)/],
  },
});
