import type { DhmadRawAnswer, DhmadRawFailure } from './callUpstream';
import type { DhmadClient } from './DhmadClient';
import type { EscrowProxyUser } from './EscrowProxyOptions';
import { failureResponse } from './failureResponse';
import { jsonResponse } from './jsonResponse';
import { proxyError } from './proxyError';
import type { ProxyOptions } from './resolveOptions';

/** What a route handler knows and can do for one browser request. */
export interface RequestContext {
  readonly request: Request;
  /** The signed-in user, as `getUser` returned them (a non-empty `email` is checked). */
  readonly user: EscrowProxyUser;
  /** The route's ids (`:id`, `:sessionId`), each checked to be a DHMAD id. */
  readonly params: Readonly<Record<string, string>>;
  readonly options: ProxyOptions;
  /**
   * One call to DHMAD, under this request's one deadline (`timeoutMs` for all its calls
   * together, started by the first call) and cancelled when the browser goes away. Never rejects.
   */
  call(
    method: 'GET' | 'POST',
    path: `/${string}`,
    body?: unknown,
  ): Promise<DhmadRawAnswer | DhmadRawFailure>;
  /** Drops the DHMAD calls still running (their failure is not reported). */
  cancelCalls(): void;
  /** Hands an error to `onError`. */
  report(error: unknown): void;
  /**
   * The answer for the browser: DHMAD's status and body unchanged, plus its `Retry-After` (a 401,
   * DHMAD refusing the key, is reported), or the proxy's own error for a failed call (reported).
   */
  respond(answer: DhmadRawAnswer | DhmadRawFailure): Response;
  /** 502 `UPSTREAM_INVALID_RESPONSE` for a 2xx from DHMAD without `what` in it (reported). */
  invalidAnswer(what: string): Response;
  /** Stops the deadline timer and lets go of the browser's signal: call once the answer is made. */
  dispose(): void;
}

export interface RequestContextInit {
  request: Request;
  user: EscrowProxyUser;
  params: Readonly<Record<string, string>>;
  options: ProxyOptions;
  /** The client DHMAD is called through, its key and API root already checked. */
  client: DhmadClient;
}

/**
 * The per-request context of the proxy. One controller and one timer per request, made on the
 * first DHMAD call: cheaper than `AbortSignal.timeout`/`any`, and the deadline covers DHMAD's
 * calls only, not the app's own `getUser` or reading the browser's body.
 */
export function createRequestContext(init: RequestContextInit): RequestContext {
  const { request, options } = init;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clientSignal: AbortSignal | undefined = request.signal;
  const onClientGone = () => controller?.abort(clientSignal?.reason);

  function start(): AbortSignal {
    if (controller) return controller.signal;
    controller = new AbortController();
    const signal = controller.signal;
    timer = setTimeout(
      () => controller?.abort(new DOMException('DHMAD did not answer in time', 'TimeoutError')),
      options.timeoutMs,
    );
    if (clientSignal?.aborted) onClientGone();
    else clientSignal?.addEventListener('abort', onClientGone, { once: true });
    return signal;
  }

  const report = (error: unknown) => options.report(error, request);

  return {
    request,
    user: init.user,
    params: init.params,
    options,
    call: (method, path, body) => init.client.raw(method, path, { body, signal: start() }),
    cancelCalls: () => controller?.abort(),
    report,
    respond(answer) {
      if (!answer.ok) {
        // A browser that went away hears nothing, and nothing is reported.
        if (answer.reason !== 'aborted') report(answer.error);
        return failureResponse(answer);
      }
      if (answer.status === 401) {
        report(
          new Error('DHMAD answered 401: it refused the API key (check `apiKey` and `apiBaseUrl`)'),
        );
      }
      return jsonResponse(
        answer.status,
        answer.text,
        answer.retryAfter === undefined ? undefined : { 'Retry-After': answer.retryAfter },
      );
    },
    invalidAnswer(what) {
      report(new Error(`DHMAD answered 2xx without ${what}`));
      return proxyError(502, 'UPSTREAM_INVALID_RESPONSE', `DHMAD answered without ${what}.`);
    },
    dispose() {
      clearTimeout(timer);
      clientSignal?.removeEventListener('abort', onClientGone);
    },
  };
}
