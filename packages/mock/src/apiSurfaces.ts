import { CHECKOUT_ACTION_PARTIES, type CheckoutAction, type Escrow } from '@kit/hooks/core';
import { jsonResponse } from './jsonResponse';
import { partyEmail } from './partyEmail';
import type { ReasonReading } from './readRejectionReason';
import type { SimulatorState } from './simulatorState';
import type { SessionDefaults } from './validateSessionRequest';

/**
 * Where a request may come from: DHMAD's own API, the kit's proxy contract, or a user's browser
 * on DHMAD's hosted checkout.
 */
export type SurfaceName = 'dhmad' | 'proxy' | 'checkout';

/** Per-request routing: where the proxy contract is served this time. */
export interface RoutingOptions {
  /** @default the simulator's `basePath` */
  basePath?: string;
}

/** How one way into the simulator differs from the other: where, who may call, what is filled. */
export interface ApiSurface {
  /** How route rows name it (`Route.on`). */
  name: SurfaceName;
  /** Where its paths start, without a trailing slash. */
  pathPrefix(state: SimulatorState, routing: RoutingOptions): string;
  /** The answer to a caller without access, or `undefined` to go on. */
  refuse(state: SimulatorState, request: Request): Response | undefined;
  /** What a session request that leaves out its user or callback gets. */
  sessionDefaults(state: SimulatorState, escrow: Escrow, action: CheckoutAction): SessionDefaults;
  /** How a delivery rejection's `reason` is read (`readRejectionReason`). */
  reasonReading: ReasonReading;
}

/** The key from `Authorization: Bearer …` or, failing that, `X-API-Key` (dhmad-api.md). */
function apiKeyOf(request: Request): string | null {
  const auth = request.headers.get('authorization');
  return auth?.startsWith('Bearer ') ? auth.slice(7) : request.headers.get('x-api-key');
}

/** DHMAD's own paths under `/api/v1`: the API key is required; the body says everything. */
export const DHMAD_API: ApiSurface = {
  name: 'dhmad',
  pathPrefix: () => '/api/v1',
  refuse: (state, request) =>
    apiKeyOf(request) === state.config.apiKey
      ? undefined
      : jsonResponse({ error: 'Unauthorized' }, 401),
  sessionDefaults: () => ({}),
  reasonReading: 'lenient',
};

/**
 * Whom a proxy-contract session targets when neither the request nor `viewerEmail` names
 * anyone: the party the action is for (`CHECKOUT_ACTION_PARTIES`); for `either` party
 * (`sign_contract`, `dispute`) the seller, not documented: chosen as the simulator always has.
 */
const defaultParty = (action: CheckoutAction) =>
  CHECKOUT_ACTION_PARTIES[action] === 'buyer' ? 'buyer' : 'seller';

/**
 * The kit's proxy contract under `basePath`, as a trusted proxy serves it: no key, and a
 * session names the signed-in user (`viewerEmail`, else the party the action is for) and the
 * proxy's callback (the first allowed redirect URL) when the browser leaves them out; a
 * delivery rejection's reason is checked as a proxy checks it before calling DHMAD.
 */
export const PROXY_CONTRACT: ApiSurface = {
  name: 'proxy',
  pathPrefix: (state, routing) => (routing.basePath ?? state.config.basePath).replace(/\/+$/, ''),
  refuse: () => undefined,
  sessionDefaults: (state, escrow, action) => ({
    targetUserEmail: state.viewerEmail ?? partyEmail(escrow, defaultParty(action)),
    redirectUrl: state.allowedRedirectUrls[0] ?? 'https://app.example/checkout/return',
  }),
  reasonReading: 'checked',
};

/** The path part of `checkoutOrigin` (usually none), without a trailing slash. */
function checkoutPath(origin: string): string {
  try {
    return new URL(origin).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * DHMAD's hosted checkout (`/checkout/:sessionId` under `checkoutOrigin`'s path), as the
 * user's browser reaches it: no key, the session id is the only credential. It serves pages,
 * not the API, so it fills in nothing and reads no JSON reason.
 */
export const HOSTED_CHECKOUT: ApiSurface = {
  name: 'checkout',
  pathPrefix: (state) => checkoutPath(state.config.checkoutOrigin),
  refuse: () => undefined,
  sessionDefaults: () => ({}),
  reasonReading: 'checked',
};

/** Every way in, tried in this order (the hosted checkout last: its prefix is usually `''`). */
export const API_SURFACES: readonly ApiSurface[] = [DHMAD_API, PROXY_CONTRACT, HOSTED_CHECKOUT];
