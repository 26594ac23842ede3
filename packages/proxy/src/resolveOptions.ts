import { type Escrow, getEscrowRole, isSecureRedirectUrl } from '@kit/hooks/core';
import type { UpstreamFetch } from './callUpstream';
import { createDhmadClient } from './createDhmadClient';
import { createMemoryEventBus } from './createMemoryEventBus';
import type { DhmadClient } from './DhmadClient';
import type { EscrowEventBus } from './EscrowEventBus';
import type { EscrowProxyOptions, EscrowProxyUser } from './EscrowProxyOptions';
import { createEventStreams, type EventStreams } from './events/createEventStreams';
import { resolveEventStreamOptions } from './events/resolveEventStreamOptions';
import { isRecord } from './isRecord';
import { MAX_TIMER_MS } from './maxTimerMs';
import { type ApiBaseUrlResult, checkApiBaseUrl, resolveApiBaseUrl } from './resolveApiBaseUrl';
import {
  resolveWebhookOptions,
  type WebhookReceiverOptions,
} from './webhooks/resolveWebhookOptions';

/** The options of `createEscrowProxy`, checked, with their defaults filled in. */
export interface ProxyOptions {
  /** Normalised: leading slash, no trailing one, `''` for the root. */
  basePath: string;
  getUser: EscrowProxyOptions['getUser'];
  authorize: NonNullable<EscrowProxyOptions['authorize']>;
  redirectUrl: string | undefined;
  resolveRedirectUrl: EscrowProxyOptions['resolveRedirectUrl'];
  allowTargetOverride: boolean;
  /** Origins besides the request URL's own that may send `POST`s. */
  allowedOrigins: ReadonlySet<string>;
  fetch: UpstreamFetch;
  timeoutMs: number;
  /** The webhook receiver's options, or `undefined` when it is off. */
  webhooks: WebhookReceiverOptions | undefined;
  eventBus: EscrowEventBus;
  /** The live event stream's shared state, or `undefined` when it is off (no event source). */
  events: EventStreams | undefined;
  /** Hands `error` to `onError`; never throws, and ignores `undefined`. */
  report(error: unknown, request: Request): void;
  /**
   * The DHMAD client every call goes through, made once the API key and the API root are checked
   * on the first request and remembered: the key is often set only at run time, so it is not
   * read at construction.
   */
  upstream(): UpstreamTarget;
}

/** The client that calls DHMAD, or which option is wrong and why. */
export type UpstreamTarget =
  | { ok: true; client: DhmadClient }
  | Extract<ApiBaseUrlResult, { ok: false }>
  | { ok: false; option: 'redirectUrl'; error: TypeError };

/**
 * The redirect options' run-time half: a `redirectUrl` read from an environment variable may be
 * missing or wrong only where the app runs, so it is checked on the first request, not at
 * construction (a build that imports the proxy module must not need it).
 */
function checkRedirectUrlOption(
  redirectUrl: unknown,
  resolveRedirectUrl: unknown,
): TypeError | undefined {
  if (redirectUrl === undefined && resolveRedirectUrl === undefined) {
    return new TypeError(
      'createEscrowProxy: give exactly one of `redirectUrl` (the callback registered with DHMAD) or `resolveRedirectUrl(request, context)`.',
    );
  }
  if (redirectUrl !== undefined && !isSecureRedirectUrl(redirectUrl)) {
    return new TypeError(
      'createEscrowProxy: `redirectUrl` must be an absolute https:// URL (http://localhost in development), registered in DHMAD’s dashboard.',
    );
  }
  return undefined;
}

function fail(message: string): never {
  throw new TypeError(`createEscrowProxy: ${message}`);
}

function normaliseBasePath(basePath: unknown): string {
  // `:`, `*` and braces would be read as route patterns.
  if (typeof basePath !== 'string' || !basePath.startsWith('/') || /[?#:*{}]/.test(basePath)) {
    fail('`basePath` must be a plain path starting with "/", such as "/api/escrow".');
  }
  return basePath.replace(/\/+$/, '');
}

function normaliseOrigins(allowedOrigins: unknown): ReadonlySet<string> {
  if (allowedOrigins === undefined) return new Set();
  const origins = Array.isArray(allowedOrigins) ? allowedOrigins : [undefined];
  return new Set(
    origins.map((entry) => {
      const url = typeof entry === 'string' && URL.canParse(entry) ? new URL(entry) : undefined;
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        fail(
          '`allowedOrigins` must be a list of origins (scheme, host and port, no path), such as ["https://admin.shop.example"].',
        );
      }
      return url.origin;
    }),
  );
}

/**
 * Checks what can be checked at construction (the shape of the options: functions where
 * functions belong, not both redirect options, a sane timeout) and throws a `TypeError` naming
 * the option otherwise. What is often known only at run time (the API key, `redirectUrl`) is
 * checked later, on the first request (`upstream`).
 */
export function resolveOptions(options: EscrowProxyOptions<EscrowProxyUser>): ProxyOptions {
  if (!isRecord(options)) fail('pass an options object ({ apiKey, getUser, … }).');
  const { getUser, resolveRedirectUrl, redirectUrl } = options;
  const apiBaseUrl = checkApiBaseUrl(options.apiBaseUrl);
  const basePath = normaliseBasePath(options.basePath ?? '/api/escrow');
  if (typeof getUser !== 'function') {
    fail("`getUser(request)` is required: return the signed-in user's { email }, or null.");
  }
  if (redirectUrl !== undefined && resolveRedirectUrl !== undefined) {
    fail(
      'give exactly one of `redirectUrl` (the callback registered with DHMAD) or `resolveRedirectUrl(request, context)`, not both.',
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    fail('`timeoutMs` must be a number of milliseconds between 1 and 2147483647.');
  }
  for (const name of ['authorize', 'resolveRedirectUrl', 'fetch', 'onError'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      fail(`\`${name}\` must be a function when given.`);
    }
  }
  const allowedOrigins = normaliseOrigins(options.allowedOrigins);
  const webhooks = resolveWebhookOptions(options.webhooks);
  const { eventBus = createMemoryEventBus() } = options;
  if (
    !isRecord(eventBus) ||
    !['publish', 'subscribe', 'markDelivered'].every((name) => typeof eventBus[name] === 'function')
  ) {
    fail('`eventBus` must have `publish`, `subscribe` and `markDelivered` functions.');
  }
  const streaming = options.webhooks !== undefined || options.eventBus !== undefined;
  if (!streaming && options.events !== undefined) {
    fail('`events` configures the live event stream, which needs `webhooks` or `eventBus`.');
  }
  if (webhooks?.path === '/events')
    fail('`webhooks.path` must not be "/events", the stream’s path.');
  const events = streaming
    ? createEventStreams(resolveEventStreamOptions(options.events), eventBus)
    : undefined;
  const onError = options.onError ?? ((error: unknown) => console.error('[@kit/proxy]', error));

  const { apiKey } = options;
  const fetch = options.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  let upstream: UpstreamTarget | undefined;

  return {
    basePath,
    getUser,
    authorize:
      options.authorize ??
      ((user: EscrowProxyUser, escrow: Escrow) => getEscrowRole(escrow, user.email) !== undefined),
    redirectUrl,
    resolveRedirectUrl,
    allowTargetOverride: options.allowTargetOverride === true,
    allowedOrigins,
    fetch,
    timeoutMs,
    webhooks,
    eventBus,
    events,
    report(error, request) {
      if (error === undefined) return;
      try {
        onError(error, request);
      } catch {
        // A failing logger must not change the answer.
      }
    },
    upstream() {
      if (!upstream) {
        const result = resolveApiBaseUrl(apiKey, apiBaseUrl);
        const redirectProblem = checkRedirectUrlOption(redirectUrl, resolveRedirectUrl);
        upstream = !result.ok
          ? result
          : redirectProblem
            ? { ok: false, option: 'redirectUrl', error: redirectProblem }
            : {
                ok: true,
                client: createDhmadClient({
                  apiKey,
                  apiBaseUrl: result.apiBaseUrl,
                  fetch,
                  timeoutMs,
                }),
              };
      }
      return upstream;
    },
  };
}
