/** `@kit/test-utils/msw`: an MSW server per test file, for tests in Node (jsdom). */
export { setupMswServer } from './setupMswServer';
