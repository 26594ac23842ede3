import type { CheckoutAction, Escrow } from '@kit/hooks/core';
import type { UpstreamFetch } from './callUpstream';
import type { EscrowEventBus } from './EscrowEventBus';
import type { EscrowEventStreamOptions } from './events/EscrowEventStreamOptions';
import type { EscrowWebhookOptions } from './webhooks/EscrowWebhookOptions';

/** The signed-in user as the app's own authentication knows them. */
export interface EscrowProxyUser {
  /** Compared, trimmed and case-insensitively, with the escrow's buyer and seller emails. */
  email: string;
}

/** What `resolveRedirectUrl` knows about the session being created. */
export interface RedirectUrlContext<TUser extends EscrowProxyUser = EscrowProxyUser> {
  user: TUser;
  escrowId: string;
  action: CheckoutAction;
  /**
   * The `redirectUrl` the browser asked for, if any. It is untrusted input: return it only after
   * checking it against your own routes.
   */
  requestedRedirectUrl: string | undefined;
}

export interface EscrowProxyOptions<TUser extends EscrowProxyUser = EscrowProxyUser> {
  /**
   * Your DHMAD secret key: `sk_live_` or `sk_sandbox_` followed by 64 hex characters. Read it from
   * a server-only environment variable. It is checked on the first request, not at construction,
   * so a build that loads the module without the variable set (e.g. `next build`) succeeds; a
   * missing or malformed key then answers every request with 500 `MISCONFIGURED` and tells
   * `onError` why (no message ever contains the key). It is sent to DHMAD only, as
   * `Authorization: Bearer`.
   */
  apiKey: string;
  /**
   * DHMAD's API root. HTTPS only (plain HTTP is accepted on localhost, for a local simulator):
   * anything else throws at construction. A key of the other environment's host (a live key on
   * the sandbox host, or the reverse) is refused on the first request, like a bad `apiKey`.
   * @default 'https://dhmad.tn/api/v1' for an `sk_live_` key, 'https://sandbox.dhmad.tn/api/v1' for an `sk_sandbox_` key
   */
  apiBaseUrl?: string;
  /**
   * Where the proxy is mounted: the `baseUrl` of `@kit/hooks`. Requests outside it get 404.
   * @default '/api/escrow'
   */
  basePath?: string;
  /**
   * Your app's authentication: the signed-in user of this request, or `null`/`undefined` when
   * there is none (the proxy then answers 401 without calling DHMAD). Read your session cookie or
   * token here. A user without a non-empty `email` counts as signed out.
   */
  getUser: (request: Request) => TUser | null | undefined | Promise<TUser | null | undefined>;
  /**
   * May this user see and act on this escrow? Called with the escrow DHMAD returned, before every
   * escrow route answers. Only `true` allows; anything else answers 403.
   * @default the user's email is the escrow's buyer or seller email (case-insensitive)
   */
  authorize?: (user: TUser, escrow: Escrow, request: Request) => boolean | Promise<boolean>;
  /**
   * The callback URL registered with DHMAD (Developer Dashboard → allowed redirect URLs) that
   * every checkout session returns to. HTTPS, or `http://localhost` in development. A
   * `redirectUrl` sent by the browser is ignored unless it equals this one. Give this or
   * `resolveRedirectUrl`, not both.
   */
  redirectUrl?: string;
  /**
   * Computes the callback URL per request (e.g. `https://shop.example/orders/123/done`), for
   * apps that register several. Must return an absolute URL allowed in DHMAD's dashboard. Give
   * this or `redirectUrl`, not both.
   */
  resolveRedirectUrl?: (
    request: Request,
    context: RedirectUrlContext<TUser>,
  ) => string | Promise<string>;
  /**
   * Let the browser choose `targetUserEmail`, for apps where one signed-in user creates sessions
   * for the other party. When false, a `targetUserEmail` other than the user's own answers 403
   * and an omitted one becomes the user's email.
   * @default false
   */
  allowTargetOverride?: boolean;
  /**
   * Origins other than the app's own (e.g. `'https://admin.shop.example'`) whose pages may send
   * state-changing requests (`POST`) to the proxy. A `POST` whose `Origin` is neither the request
   * URL's origin nor one of these, or that a browser marks `Sec-Fetch-Site: cross-site` without
   * an `Origin`, answers 403 `ORIGIN_NOT_ALLOWED` (OWASP CSRF cheat sheet, defence in depth).
   * Requests without either header (servers, scripts) pass. Behind a proxy that terminates TLS,
   * the request URL may say `http:` while browsers send `Origin: https://…`: browsers that send
   * `Sec-Fetch-Site: same-origin` still pass, and listing your public origin here covers the rest.
   * Each entry is an origin: scheme, host and port, no path.
   * @default []
   */
  allowedOrigins?: readonly string[];
  /**
   * The `fetch` used to call DHMAD (instrumentation, a simulator in tests).
   * @default globalThis.fetch
   */
  fetch?: UpstreamFetch;
  /**
   * How long one browser request may wait for DHMAD, over all its calls, before 504
   * `UPSTREAM_TIMEOUT`.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Turns on the webhook receiver, `POST {basePath}/webhooks` (see `EscrowWebhookOptions`):
   * DHMAD's signed deliveries are verified, de-duplicated and published to `eventBus` as
   * `{ escrowId, event }`. It needs no signed-in user. Off when not given.
   */
  webhooks?: EscrowWebhookOptions;
  /**
   * Where verified webhook events are published and live streams subscribe. The in-memory default
   * serves one process; give a shared bus when the proxy runs on several instances.
   * @default createMemoryEventBus()
   */
  eventBus?: EscrowEventBus;
  /**
   * The live event stream, `GET {basePath}/events?escrow=…&escrow=…` (Server-Sent Events of
   * `{ escrowId, event }`, see `EscrowEventStreamOptions`): on whenever `webhooks` or `eventBus`
   * is given (an instance that only streams from a shared bus needs no receiver), and 404
   * otherwise, which the kit's client reads as "keep polling". Giving `events` without either
   * throws. Each escrow is authorized like `GET {basePath}/escrows/:id`.
   * @default { heartbeatMs: 15000, retryMs: 5000, replayBufferSize: 1000, authorizationTtlMs: 60000, maxEscrowsPerStream: 50 }
   */
  events?: EscrowEventStreamOptions;
  /**
   * Called with what went wrong when the proxy answers 5xx (DHMAD unreachable, slow or
   * answering garbage, a callback of yours throwing, or a missing or malformed `apiKey`), when
   * DHMAD refuses the API key (401), and when the webhook receiver refuses a delivery (a
   * `WebhookRejectedError` naming the signature scheme tried) or finds no escrow id in an
   * `escrow.*` event. Never receives the key or the webhook secret. Browsers only ever see a
   * generic message.
   * @default logs with console.error
   */
  onError?: (error: unknown, request: Request) => void;
}

/** A standard fetch handler: mount it in any server that speaks `Request`/`Response`. */
export type EscrowProxyHandler = (request: Request) => Promise<Response>;
