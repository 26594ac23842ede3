import { definePackageConfig } from '../../tsdown.shared.ts';

export default definePackageConfig(import.meta.dirname, {
  deps: {
    // `browser.ts` imports a module that must stay unresolvable (see that file).
    neverBundle: [/^@kit\/proxy is server-only/],
    // The party rule and the action list are compiled in from @kit/hooks' built modules, so the
    // server never loads the hooks' React modules (nor needs React installed).
    alwaysBundle: [/^@kit\/hooks(\/|$)/],
  },
});
