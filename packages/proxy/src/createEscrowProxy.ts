import { type CheckoutAction, type Escrow, getEscrowRole } from '@kit/hooks';
import {
  callUpstream,
  type UpstreamAnswer,
  type UpstreamConfig,
  type UpstreamFetch,
} from './callUpstream';
import { jsonResponse } from './jsonResponse';
import { matchRoute } from './matchRoute';
import { parseSessionInput } from './parseSessionInput';
import { proxyError } from './proxyError';
import { readJsonBody } from './readJsonBody';
import { resolveApiBaseUrl } from './resolveApiBaseUrl';

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
   * a server-only environment variable. A missing or malformed key throws at construction (the
   * message never contains the key). It is sent to DHMAD only, as `Authorization: Bearer`.
   */
  apiKey: string;
  /**
   * DHMAD's API root. HTTPS only (plain HTTP is accepted on localhost, for a local simulator).
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
   * Called with what went wrong when the proxy answers 5xx (DHMAD unreachable, slow or
   * answering garbage, or a callback of yours throwing) and when DHMAD refuses the API key (401).
   * Never receives the key. Browsers only ever see a generic message.
   * @default logs with console.error
   */
  onError?: (error: unknown, request: Request) => void;
}

/** A standard fetch handler: mount it in any server that speaks `Request`/`Response`. */
export type EscrowProxyHandler = (request: Request) => Promise<Response>;

/** The body size limit of `POST …/sessions`, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The longest delay `setTimeout` honours (larger ones fire at once). */
const MAX_TIMER_MS = 2_147_483_647;

/** DHMAD's ids are Mongo ObjectIds and session UUIDs: nothing here can escape its path segment. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const CONTRACT =
  'GET {basePath}/escrows/:id, GET {basePath}/escrows/:id/proof, POST {basePath}/escrows/:id/sessions, GET {basePath}/sessions/:sessionId';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** DHMAD's rule for redirect URLs: HTTPS, except `http://localhost`. */
function isRedirectUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
}

function normaliseBasePath(basePath: unknown): string {
  if (typeof basePath !== 'string' || !basePath.startsWith('/') || /[?#]/.test(basePath)) {
    throw new TypeError(
      'createEscrowProxy: `basePath` must be a path starting with "/", such as "/api/escrow".',
    );
  }
  return basePath.replace(/\/+$/, '');
}

/**
 * Creates the app's backend proxy for `@kit/hooks`: a fetch handler that serves the proxy contract
 * under `basePath`, authenticates the user with `getUser`, lets through only the escrow's buyer
 * and seller (`authorize`), validates every input, calls DHMAD with the API key, and passes
 * DHMAD's status codes and JSON bodies through unchanged. Every answer is JSON with
 * `Cache-Control: no-store`; the proxy's own errors are `{ error: { code, type: "proxy_error",
 * message } }`. Throws a `TypeError` at once on a missing or malformed option.
 */
export function createEscrowProxy<TUser extends EscrowProxyUser = EscrowProxyUser>(
  options: EscrowProxyOptions<TUser>,
): EscrowProxyHandler {
  if (!isRecord(options)) {
    throw new TypeError('createEscrowProxy: pass an options object ({ apiKey, getUser, … }).');
  }
  const apiKey = options.apiKey;
  const apiBaseUrl = resolveApiBaseUrl(apiKey, options.apiBaseUrl);
  const basePath = normaliseBasePath(options.basePath ?? '/api/escrow');
  const { getUser, resolveRedirectUrl, redirectUrl: fixedRedirectUrl } = options;
  if (typeof getUser !== 'function') {
    throw new TypeError(
      "createEscrowProxy: `getUser(request)` is required: return the signed-in user's { email }, or null.",
    );
  }
  if ((fixedRedirectUrl === undefined) === (resolveRedirectUrl === undefined)) {
    throw new TypeError(
      'createEscrowProxy: give exactly one of `redirectUrl` (the callback registered with DHMAD) or `resolveRedirectUrl(request, context)`.',
    );
  }
  if (fixedRedirectUrl !== undefined && !isRedirectUrl(fixedRedirectUrl)) {
    throw new TypeError(
      'createEscrowProxy: `redirectUrl` must be an absolute https:// URL (http://localhost in development), registered in DHMAD’s dashboard.',
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new TypeError(
      'createEscrowProxy: `timeoutMs` must be a number of milliseconds between 1 and 2147483647.',
    );
  }
  for (const name of ['authorize', 'resolveRedirectUrl', 'fetch', 'onError'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`createEscrowProxy: \`${name}\` must be a function when given.`);
    }
  }
  const authorize =
    options.authorize ??
    ((user: TUser, escrow: Escrow) => getEscrowRole(escrow, user.email) !== undefined);
  const upstreamFetch: UpstreamFetch =
    options.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  const allowTargetOverride = options.allowTargetOverride === true;
  const onError = options.onError ?? ((error: unknown) => console.error('[@kit/proxy]', error));

  const report = (error: unknown, request: Request) => {
    if (error === undefined) return;
    try {
      onError(error, request);
    } catch {
      // A failing logger must not change the answer.
    }
  };

  /** DHMAD's answer, status and body unchanged, plus its `Retry-After`. */
  const passThrough = (answer: UpstreamAnswer, request: Request) => {
    if (answer.status === 401) {
      report(
        new Error('DHMAD answered 401: it refused the API key (check `apiKey` and `apiBaseUrl`)'),
        request,
      );
    }
    return jsonResponse(
      answer.status,
      answer.text,
      answer.retryAfter === undefined ? undefined : { 'Retry-After': answer.retryAfter },
    );
  };

  const notJsonShape = (what: string, request: Request) => {
    report(new Error(`DHMAD answered 2xx without ${what}`), request);
    return proxyError(502, 'UPSTREAM_INVALID_RESPONSE', `DHMAD answered without ${what}.`);
  };

  const isSuccess = (answer: UpstreamAnswer) => answer.status >= 200 && answer.status < 300;

  /** Fetches the escrow and lets the request on only if `authorize` says so. */
  async function gateEscrow(
    user: TUser,
    id: string,
    request: Request,
    upstream: UpstreamConfig,
  ): Promise<{ ok: true; answer: UpstreamAnswer } | { ok: false; response: Response }> {
    const answer = await callUpstream(upstream, 'GET', `/escrows/${id}`);
    if (!answer.ok) {
      report(answer.error, request);
      return { ok: false, response: answer.response };
    }
    if (!isSuccess(answer)) return { ok: false, response: passThrough(answer, request) };
    const escrow = isRecord(answer.json) ? answer.json.escrow : undefined;
    if (!isRecord(escrow)) return { ok: false, response: notJsonShape('an escrow', request) };
    if ((await authorize(user, escrow as unknown as Escrow, request)) !== true) {
      return {
        ok: false,
        response: proxyError(403, 'FORBIDDEN', 'You are not a party to this escrow.'),
      };
    }
    return { ok: true, answer };
  }

  /** An upstream answer for the browser: passed through, or the proxy's error. */
  const finish = (
    answer: UpstreamAnswer | { ok: false; response: Response; error: unknown },
    request: Request,
  ) => {
    if (!answer.ok) {
      report(answer.error, request);
      return answer.response;
    }
    return passThrough(answer, request);
  };

  /**
   * Runs the DHMAD calls of one browser request under one deadline (`timeoutMs`, for all calls
   * together), cancelled too when the browser goes away. `cancel()` drops calls still running.
   * One controller and one timer per request: cheaper than `AbortSignal.timeout`/`any`.
   */
  async function withUpstream(
    request: Request,
    run: (upstream: UpstreamConfig, cancel: () => void) => Promise<Response>,
  ): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('DHMAD did not answer in time', 'TimeoutError')),
      timeoutMs,
    );
    const clientSignal: AbortSignal | undefined = request.signal;
    const onClientGone = () => controller.abort(clientSignal?.reason);
    if (clientSignal?.aborted) onClientGone();
    else clientSignal?.addEventListener('abort', onClientGone, { once: true });
    try {
      return await run(
        { fetch: upstreamFetch, apiBaseUrl, apiKey, signal: controller.signal },
        () => controller.abort(),
      );
    } finally {
      clearTimeout(timer);
      clientSignal?.removeEventListener('abort', onClientGone);
    }
  }

  async function handle(request: Request): Promise<Response> {
    const route = matchRoute(new URL(request.url).pathname, basePath);
    if (!route) {
      return proxyError(
        404,
        'NOT_FOUND',
        `The escrow proxy serves only ${CONTRACT.replaceAll('{basePath}', basePath)}.`,
      );
    }
    if (request.method !== route.method) {
      return proxyError(405, 'METHOD_NOT_ALLOWED', `This route answers ${route.method} only.`, {
        Allow: route.method,
      });
    }

    const user = await getUser(request);
    if (!isRecord(user) || typeof user.email !== 'string' || user.email.trim() === '') {
      return proxyError(401, 'UNAUTHENTICATED', 'Sign in to continue.');
    }
    if (!ID_PATTERN.test(route.id)) {
      return proxyError(400, 'INVALID_ID', 'The id in the URL is not a DHMAD id.');
    }
    const id = route.id;

    switch (route.name) {
      case 'getEscrow':
        return withUpstream(request, async (upstream) => {
          const gate = await gateEscrow(user, id, request, upstream);
          return gate.ok ? passThrough(gate.answer, request) : gate.response;
        });
      case 'getProof':
        return withUpstream(request, async (upstream, cancel) => {
          // Both calls start at once; the proof is dropped unread unless the escrow check passes.
          const proof = callUpstream(upstream, 'GET', `/escrows/${id}/proof`);
          const gate = await gateEscrow(user, id, request, upstream);
          if (!gate.ok) {
            cancel();
            return gate.response;
          }
          return finish(await proof, request);
        });
      case 'getSession':
        return withUpstream(request, async (upstream) => {
          const answer = await callUpstream(upstream, 'GET', `/sessions/${id}`);
          if (!answer.ok || !isSuccess(answer)) return finish(answer, request);
          const session = isRecord(answer.json) ? answer.json.session : undefined;
          if (!isRecord(session)) return notJsonShape('a session', request);
          const target = session.targetUserEmail;
          if (typeof target !== 'string' || !sameEmail(target, user.email)) {
            return proxyError(403, 'FORBIDDEN', 'This checkout session belongs to another user.');
          }
          return passThrough(answer, request);
        });
      case 'createSession': {
        const contentType = request.headers
          .get('Content-Type')
          ?.split(';')[0]
          ?.trim()
          .toLowerCase();
        if (contentType !== 'application/json') {
          return proxyError(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            'Send the session request as Content-Type: application/json.',
          );
        }
        const body = await readJsonBody(request, MAX_BODY_BYTES);
        if (!body.ok) return body.response;
        const parsed = parseSessionInput(body.value);
        if (!parsed.ok) return parsed.response;
        const { action, targetUserEmail, metadata } = parsed.input;

        if (
          targetUserEmail !== undefined &&
          !sameEmail(targetUserEmail, user.email) &&
          !allowTargetOverride
        ) {
          return proxyError(
            403,
            'FORBIDDEN',
            'A checkout session can only be created for the signed-in user.',
          );
        }
        const redirectUrl =
          fixedRedirectUrl ??
          (await resolveRedirectUrl?.(request, {
            user,
            escrowId: id,
            action,
            requestedRedirectUrl: parsed.input.redirectUrl,
          }));
        if (!isRedirectUrl(redirectUrl)) {
          throw new TypeError(
            '`resolveRedirectUrl` returned something that is not an https:// (or http://localhost) URL',
          );
        }
        const session = {
          action,
          targetUserEmail:
            allowTargetOverride && targetUserEmail ? targetUserEmail : user.email.trim(),
          redirectUrl,
          ...(metadata === undefined ? {} : { metadata }),
        };

        return withUpstream(request, async (upstream) => {
          const gate = await gateEscrow(user, id, request, upstream);
          if (!gate.ok) return gate.response;
          return finish(
            await callUpstream(upstream, 'POST', `/escrows/${id}/sessions`, session),
            request,
          );
        });
      }
      default:
        return route.name satisfies never;
    }
  }

  return async function escrowProxy(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch (error) {
      report(error, request);
      return proxyError(500, 'INTERNAL_ERROR', 'The escrow proxy failed; the server log says why.');
    }
  };
}
