/**
 * A proxy with its live event stream on (a spy event bus, and the webhook receiver with the
 * test secret), in front of the test DHMAD: `setupStreamProxy(overrides)` and `streamRequest`.
 */
import { type Mock, vi } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import type { EscrowProxyOptions } from '../EscrowProxyOptions';
import { API_KEY } from './apiKey';
import { createSpyBus, type SpyBus } from './createSpyBus';
import { CALLBACK_URL, createTestUpstream, type TestUpstream } from './createTestUpstream';
import { getUserFromCookie } from './getUserFromCookie';
import { proxyRequest } from './setupProxy';
import { WEBHOOK_SECRET } from './setupWebhookProxy';

export interface StreamProxySetup {
  dhmad: TestUpstream;
  proxy: (request: Request) => Promise<Response>;
  bus: SpyBus;
  onError: Mock;
  /** How many escrow reads reached DHMAD so far. */
  escrowReads(): number;
}

export function setupStreamProxy(overrides: Partial<EscrowProxyOptions> = {}): StreamProxySetup {
  const dhmad = createTestUpstream(API_KEY);
  const bus = createSpyBus();
  const onError = vi.fn();
  const proxy = createEscrowProxy({
    apiKey: API_KEY,
    getUser: getUserFromCookie,
    redirectUrl: CALLBACK_URL,
    fetch: dhmad.fetch,
    webhooks: { secret: WEBHOOK_SECRET },
    eventBus: bus,
    onError,
    ...overrides,
  });
  const escrowReads = () =>
    dhmad.received.filter((r) => r.method === 'GET' && /\/escrows\/[^/]+$/.test(r.url)).length;
  return { dhmad, proxy, bus, onError, escrowReads };
}

/** `GET {basePath}/events?escrow=…` for `ids` (sent as written), signed in as `token`. */
export const streamRequest = (
  ids: readonly string[],
  init: RequestInit & { token?: string | null } = {},
) => proxyRequest(`/events?${ids.map((id) => `escrow=${id}`).join('&')}`, init);
