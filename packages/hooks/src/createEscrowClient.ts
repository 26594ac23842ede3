import * as v from 'valibot';
import { EscrowApiError } from './EscrowApiError';
import type {
  CheckoutSession,
  CheckoutSessionCreated,
  CreateCheckoutSessionInput,
  Escrow,
  Proof,
} from './model';
import {
  errorBody,
  escrowResponse,
  proofResponse,
  sessionCreatedResponse,
  sessionResponse,
} from './schemas';

/** Headers for every request (CSRF token, auth): an object, or a function called per request. */
export type EscrowHeaders =
  | HeadersInit
  | (() => HeadersInit | undefined | Promise<HeadersInit | undefined>);

export interface EscrowClientOptions {
  /**
   * Where the app's backend proxy serves the proxy contract.
   * @default '/api/escrow'
   */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (SSR, tests, instrumentation). */
  fetch?: typeof fetch;
  headers?: EscrowHeaders;
}

/** The proxy contract of DESIGN.md, one function per request. Every failure is an `EscrowApiError`. */
export interface EscrowClient {
  readonly baseUrl: string;
  getEscrow(id: string, signal?: AbortSignal): Promise<Escrow>;
  getProof(id: string, signal?: AbortSignal): Promise<Proof>;
  createSession(id: string, input: CreateCheckoutSessionInput): Promise<CheckoutSessionCreated>;
  getSession(sessionId: string, signal?: AbortSignal): Promise<CheckoutSession>;
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
  const parsed = v.safeParse(errorBody, body);
  if (!parsed.success) return invalid(status, `HTTP ${status} with an unreadable error body`);
  const { error, code, message, details, retryAfter } = parsed.output;
  const rule = typeof error === 'object' ? error : undefined;
  const headerSeconds = Number(retryAfterHeader);
  return new EscrowApiError({
    status,
    // The 409 PROOF_NOT_ACCEPTED body is undocumented: accept the code in `error.code`,
    // `code`, or a code-shaped `error` string.
    code:
      rule?.code ??
      code ??
      (typeof error === 'string' && /^[A-Z][A-Z0-9_]+$/.test(error) ? error : 'HTTP_ERROR'),
    type: rule?.type,
    userMessage: rule?.user_message,
    message: rule?.message ?? message ?? (typeof error === 'string' ? error : `HTTP ${status}`),
    retryAfter: retryAfter ?? (retryAfterHeader && headerSeconds >= 0 ? headerSeconds : undefined),
    details,
  });
}

/** Creates the client the hooks use; also usable on its own (server components, scripts). */
export function createEscrowClient(options: EscrowClientOptions = {}): EscrowClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');

  async function request<T>(
    path: string,
    schema: v.GenericSchema<unknown, T>,
    init: RequestInit = {},
  ): Promise<T> {
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = new Headers(extra);
    headers.set('Accept', 'application/json');
    if (init.body) headers.set('Content-Type', 'application/json');

    let response: Response;
    let text: string;
    try {
      response = await (options.fetch ?? fetch)(baseUrl + path, {
        ...init,
        headers,
        credentials: 'same-origin',
      });
      text = await response.text();
    } catch (cause) {
      // Cancellation is not a failure: TanStack Query expects the abort to propagate as is.
      if (init.signal?.aborted) throw cause;
      return Promise.reject(
        new EscrowApiError({
          status: 0,
          code: 'NETWORK_ERROR',
          message: `Network failure calling ${baseUrl + path}`,
          cause,
        }),
      );
    }

    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch (cause) {
      throw invalid(
        response.status,
        `HTTP ${response.status} answered with a non-JSON body`,
        cause,
      );
    }
    if (!response.ok) throw toApiError(response.status, body, response.headers.get('Retry-After'));

    const parsed = v.safeParse(schema, body);
    if (!parsed.success) {
      throw invalid(
        response.status,
        `Unexpected response shape from ${path}: ${parsed.issues[0].message}`,
        parsed.issues,
      );
    }
    return parsed.output;
  }

  const seg = encodeURIComponent;

  return {
    baseUrl,
    getEscrow: (id, signal) =>
      request(`/escrows/${seg(id)}`, escrowResponse, { signal }).then((r) => r.escrow),
    getProof: (id, signal) =>
      request(`/escrows/${seg(id)}/proof`, proofResponse, { signal }).then((r) => r.proof),
    createSession: (id, input) =>
      request(`/escrows/${seg(id)}/sessions`, sessionCreatedResponse, {
        method: 'POST',
        body: JSON.stringify(input),
      }),
    getSession: (sessionId, signal) =>
      request(`/sessions/${seg(sessionId)}`, sessionResponse, { signal }).then((r) => r.session),
  };
}
