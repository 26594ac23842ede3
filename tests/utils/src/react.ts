/** `@kit/test-utils/react`: rendering inside the kit's provider, and the hydration check (Vitest). */
export { expectCleanHydration } from './expectCleanHydration';
export { renderWithKit, testQueryClient } from './renderWithKit';
