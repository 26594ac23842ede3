/**
 * The workspace's shared test utilities (private, never published). This entry is plain data
 * and pure functions, safe in Node, in Chromium and in Storybook: DHMAD's documented payloads,
 * escrow fixtures, fixtures from the simulator's scenarios, the token catalogue.
 * `@kit/test-utils/msw` holds the MSW server helper (Node), `@kit/test-utils/react` the render
 * and hydration helpers (Vitest).
 */
export {
  BUYER,
  businessError,
  docEscrow,
  docProof,
  docSession,
  docSessionCreated,
  imageFile,
  proofIn,
  quickEscrow,
  reviewFixture,
  SELLER,
  scenarioEscrow,
  submissionOf,
} from './fixtures';
export {
  BASE,
  catalogueTokens,
  declarationsOf,
  lightDark,
  SEMANTIC,
  themeOf,
  tokenBlockOf,
} from './tokenCatalogue';
