/**
 * A proxy in front of the test DHMAD, as the proxy's tests use it: `setupProxy(log, overrides)`
 * creates both, plus a review session of the buyer's on DHMAD's own API, and request builders
 * for the app's origin.
 */
import { createEscrowClient, type EscrowApiError, type EscrowClient } from '@kit/hooks';
import { type Mock, vi } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import type { EscrowProxyOptions } from '../EscrowProxyOptions';
import { API_KEY } from './apiKey';
import type { ResponseLog } from './createResponseLog';
import {
  BUYER,
  CALLBACK_URL,
  createTestUpstream,
  DELIVERED_ESCROW_ID,
  PAID_ESCROW_ID,
  PENDING_ESCROW_ID,
  PROOF_ESCROW_ID,
  type ReceivedRequest,
  type TestUpstream,
} from './createTestUpstream';
import { getUserFromCookie } from './getUserFromCookie';
import { signedIn } from './signedIn';

/** The app's own origin: where its pages and the proxy are. */
export const APP = 'https://shop.example';

export interface ProxySetup {
  dhmad: TestUpstream;
  proxy: (request: Request) => Promise<Response>;
  /** `@kit/hooks`' own client, as a page signed in with `token` would use it. */
  client(token?: string): EscrowClient;
  onError: Mock;
  /** The POST requests that reached DHMAD. */
  posted(): ReceivedRequest[];
  /** The buyer's review session of PROOF_ESCROW_ID. */
  sessionId: string;
}

export async function setupProxy(
  log: ResponseLog,
  overrides: Partial<EscrowProxyOptions> = {},
): Promise<ProxySetup> {
  const dhmad = createTestUpstream(API_KEY);
  const sessionId = await dhmad.createSession(PROOF_ESCROW_ID, 'review_proof', BUYER);
  const onError = vi.fn();
  const proxy = log.wrap(
    createEscrowProxy({
      apiKey: API_KEY,
      getUser: getUserFromCookie,
      redirectUrl: CALLBACK_URL,
      fetch: dhmad.fetch,
      onError,
      ...overrides,
    }),
  );
  const client = (token = 'buyer-token') =>
    createEscrowClient({
      baseUrl: `${APP}/api/escrow`,
      headers: signedIn(token),
      fetch: (input, init) => proxy(new Request(input as string, init)),
    });
  const posted = () => dhmad.received.filter((r) => r.method === 'POST');
  return { dhmad, proxy, client, onError, posted, sessionId };
}

/** A request to the proxy under `/api/escrow`, signed in as `token` (`null`: signed out). */
export const proxyRequest = (path: string, init: RequestInit & { token?: string | null } = {}) => {
  const { token = 'buyer-token', headers, ...rest } = init;
  return new Request(`${APP}/api/escrow${path}`, {
    ...rest,
    headers: { ...(token === null ? {} : signedIn(token)), ...(headers as Record<string, string>) },
  });
};

/** `POST escrows/:id/sessions` with a JSON body (a string is sent as is). */
export const postSession = (id: string, body: unknown, token = 'buyer-token') =>
  proxyRequest(`/escrows/${id}/sessions`, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** `POST escrows/:id/<action path>` with a JSON body (`{}` by default; a string is sent as is). */
export const postAction = (
  id: string,
  path: 'deliver' | 'reject-delivery' | 'cancel',
  body: unknown = {},
  token = 'buyer-token',
) =>
  proxyRequest(`/escrows/${id}/${path}`, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** One request per route of the contract, each one the buyer may make (the seller's deliver aside). */
export const ROUTES = [
  ['GET escrows/:id', () => proxyRequest(`/escrows/${PAID_ESCROW_ID}`)],
  ['GET escrows/:id/proof', () => proxyRequest(`/escrows/${PROOF_ESCROW_ID}/proof`)],
  ['POST escrows/:id/sessions', () => postSession(PROOF_ESCROW_ID, { action: 'dispute' })],
  ['GET sessions/:id', (sessionId: string) => proxyRequest(`/sessions/${sessionId}`)],
  [
    'POST escrows/:id/reject-delivery',
    () => postAction(DELIVERED_ESCROW_ID, 'reject-delivery', { reason: 'Wrong size' }),
  ],
  ['POST escrows/:id/cancel', () => postAction(PENDING_ESCROW_ID, 'cancel')],
] as const satisfies readonly (readonly [string, (sessionId: string) => Request])[];

/** `request` with only the session cookie of `token` (`null`: none). */
export const withToken = (request: Request, token: string | null) => {
  const headers = new Headers(request.headers);
  headers.delete('Cookie');
  if (token !== null) headers.set('Cookie', `sid=${token}`);
  return new Request(request, { headers });
};

/** The `EscrowApiError` a client call fails with. */
export async function errorOf(promise: Promise<unknown>): Promise<EscrowApiError> {
  try {
    await promise;
  } catch (error) {
    return error as EscrowApiError;
  }
  throw new Error('expected the request to fail');
}
