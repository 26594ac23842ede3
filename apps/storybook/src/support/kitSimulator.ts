import {
  createDhmadSimulator,
  createMockHandlers,
  type DhmadSimulator,
  type DhmadSimulatorOptions,
} from '@kit/mock';
import type { RequestHandler } from 'msw';

let current: DhmadSimulator | undefined;

const fresh = (options: DhmadSimulatorOptions = {}) =>
  createDhmadSimulator({
    scenarios: true,
    now: 'real',
    allowedRedirectUrls: [
      new URL('/checkout/return', location.href).href,
      'http://localhost:6006/checkout/return',
    ],
    ...options,
  });

/** The simulator the current story talks to (through MSW, at /api/escrow). */
export function simulator(): DhmadSimulator {
  current ??= fresh();
  return current;
}

/** Every story starts from a fresh simulator with every scenario loaded. */
export function resetSimulator(options?: DhmadSimulatorOptions): DhmadSimulator {
  current = fresh(options);
  return current;
}

/** MSW handlers for the proxy contract and attachment links, always the current simulator's. */
export const kitHandlers: RequestHandler[] = createMockHandlers({
  simulator,
  baseUrl: '/api/escrow',
});
