import * as v from 'valibot';
import type { ServerClock } from './createServerClock';
import { EscrowApiError } from './EscrowApiError';
import { readDhmadErrorBody } from './readDhmadErrorBody';

/** Headers for every request (CSRF token, auth): an object, or a function called per request. */
export type EscrowHeaders =
  | HeadersInit
  | (() => HeadersInit | undefined | Promise<HeadersInit | undefined>);

/** Where and how the kit reaches your backend proxy. */
export interface EscrowClientOptions {
  /**
   * Where the app's backend proxy serves the proxy contract.
   * @default '/api/escrow'
   */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (SSR, tests, instrumentation). */
  fetch?: typeof fetch;
  headers?: EscrowHeaders;
  /**
   * Fed the `Date` header of every response, so the kit compares DHMAD's dates with the
   * server's time, not the device's. A proxy on another origin must expose the header
   * (`Access-Control-Expose-Headers: Date`); without it the device clock is used.
   * @default none: the device clock
   */
  serverClock?: ServerClock;
}

export const DEFAULT_BASE_URL = '/api/escrow';

function invalid(status: number, message: string, cause?: unknown): EscrowApiError {
  return new EscrowApiError({ status, code: 'INVALID_RESPONSE', message, cause });
}

/** Reads any non-2xx answer: DHMAD's business-rule object, its generic form, or anything else. */
function toApiError(
  status: number,
  body: unknown,
  retryAfterHeader: string | null,
): EscrowApiError {
  const fields = readDhmadErrorBody(body);
  if (!fields) return invalid(status, `HTTP ${status} with an unreadable error body`);
  const headerSeconds = Number(retryAfterHeader);
  return new EscrowApiError({
    ...fields,
    status,
    message: fields.message ?? `HTTP ${status}`,
    retryAfter:
      fields.retryAfter ?? (retryAfterHeader && headerSeconds >= 0 ? headerSeconds : undefined),
  });
}

/** `path` under `options.baseUrl` (default `/api/escrow`; a trailing slash is ignored). */
export const urlOf = (options: EscrowClientOptions, path: string) =>
  (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '') + path;

/**
 * One request to the proxy contract, parsed with `schema`. Every failure is an
 * `EscrowApiError`, except an abort, which propagates as is (TanStack Query expects that).
 * Each operation is its own function so a bundle carries only the schemas it uses.
 */
export async function request<T>(
  options: EscrowClientOptions,
  path: string,
  schema: v.GenericSchema<unknown, T>,
  init: RequestInit = {},
  /** A rule the schema cannot say cheaply; returns what is wrong, or `undefined`. */
  problemOf?: (output: T) => string | undefined,
): Promise<T> {
  const url = urlOf(options, path);
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
  const headers = new Headers(extra);
  headers.set('Accept', 'application/json');
  if (init.body) headers.set('Content-Type', 'application/json');

  let response: Response;
  let text: string;
  try {
    const sentAt = Date.now();
    response = await (options.fetch ?? fetch)(url, {
      ...init,
      headers,
      credentials: 'same-origin',
    });
    options.serverClock?.observe(response.headers.get('Date'), sentAt, Date.now());
    text = await response.text();
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new EscrowApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: `Network failure calling ${url}`,
      cause,
    });
  }

  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    throw invalid(response.status, `HTTP ${response.status} answered with a non-JSON body`, cause);
  }
  if (!response.ok) throw toApiError(response.status, body, response.headers.get('Retry-After'));

  const parsed = v.safeParse(schema, body);
  const problem = parsed.success ? problemOf?.(parsed.output) : parsed.issues[0].message;
  if (problem !== undefined || !parsed.success) {
    throw invalid(
      response.status,
      `Unexpected response shape from ${path}: ${problem}`,
      parsed.issues,
    );
  }
  return parsed.output;
}

export const seg = encodeURIComponent;
