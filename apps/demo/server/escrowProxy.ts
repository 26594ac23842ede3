import { createEscrowProxy } from '@kit/proxy';
import { type DhmadBackend, returnUrlOf } from './createDhmadBackend';
import type { DemoConfig } from './demoConfig';
import type { DemoSessions } from './demoSession';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The kit's server half, mounted at `/api/escrow`: everything the React app's `EscrowKitProvider`
 * calls (escrows, proof, checkout sessions, direct actions, the live event stream) and DHMAD's
 * webhooks. The browser never sees the API key; the proxy lets each signed-in user see and act on
 * their own escrows only.
 */
export function createDemoProxy(config: DemoConfig, backend: DhmadBackend, sessions: DemoSessions) {
  return createEscrowProxy({
    apiKey: backend.apiKey,
    apiBaseUrl: backend.apiBaseUrl,
    getUser: sessions.userOf,
    redirectUrl: returnUrlOf(config),
    webhooks: {
      secret: config.webhookSecret,
      // The demo's clock tool moves the simulator's time, and so its webhooks' timestamps, ahead
      // of the wall clock: accept a year of it. With DHMAD itself keep the default, 5 minutes.
      ...(backend.simulator ? { toleranceMs: 366 * DAY_MS } : {}),
    },
  });
}
