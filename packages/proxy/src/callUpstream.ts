import { proxyError } from './proxyError';

/** The `fetch` the proxy calls DHMAD with; the global `fetch` fits, and so does a simulator's. */
export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface UpstreamConfig {
  fetch: UpstreamFetch;
  /** DHMAD's API root, no trailing slash. */
  apiBaseUrl: string;
  apiKey: string;
  /** Aborts on the proxy's deadline (a `TimeoutError` reason) or when the caller gives up. */
  signal: AbortSignal;
}

/** DHMAD answered with JSON: its status and body, exactly as sent. */
export interface UpstreamAnswer {
  ok: true;
  status: number;
  /** The body text, passed through byte for byte. */
  text: string;
  json: unknown;
  /** DHMAD's `Retry-After` header, when it sent a well-formed one. */
  retryAfter: string | undefined;
}

/** No usable answer: the proxy's own error response, and what to report (nothing if cancelled). */
export interface UpstreamFailure {
  ok: false;
  response: Response;
  error: unknown;
}

/** Delay-seconds or an HTTP date: nothing else is forwarded. */
const RETRY_AFTER = /^(\d{1,10}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

/**
 * One call to DHMAD with the API key as `Authorization: Bearer`. Nothing of the browser's request
 * is forwarded but the JSON body given here. Redirects are not followed (they would carry the key
 * elsewhere). Timeout → 504 `UPSTREAM_TIMEOUT`; network failure → 502 `UPSTREAM_UNAVAILABLE`;
 * a redirect, a body that is not JSON, or one that contains the API key → 502
 * `UPSTREAM_INVALID_RESPONSE`. Never rejects.
 */
export async function callUpstream(
  config: UpstreamConfig,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<UpstreamAnswer | UpstreamFailure> {
  const { signal } = config;
  const headers: Record<string, string> = {
    Authorization: `Bearer ${config.apiKey}`,
    Accept: 'application/json',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  let text: string;
  try {
    // Raced against the signal too, so that a `fetch` which ignores it cannot outlast the deadline.
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(signal.reason);
      if (signal.aborted) fail();
      else signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => undefined);
    response = await Promise.race([
      config.fetch(config.apiBaseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
        signal,
      }),
      aborted,
    ]);
    text = await Promise.race([response.text(), aborted]);
  } catch (error) {
    if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') {
      return {
        ok: false,
        response: proxyError(504, 'UPSTREAM_TIMEOUT', 'DHMAD did not answer in time.'),
        error: new Error(`DHMAD did not answer ${method} ${path} in time`, { cause: error }),
      };
    }
    return {
      ok: false,
      response: proxyError(502, 'UPSTREAM_UNAVAILABLE', 'DHMAD could not be reached.'),
      error: signal.aborted
        ? undefined
        : new Error(`Could not reach DHMAD for ${method} ${path}`, { cause: error }),
    };
  }

  const invalid = (why: string) => ({
    ok: false as const,
    response: proxyError(502, 'UPSTREAM_INVALID_RESPONSE', `DHMAD answered ${why}.`),
    error: new Error(`DHMAD answered ${method} ${path} ${why}`),
  });
  if (response.status >= 300 && response.status < 400) {
    return invalid(`with a redirect (HTTP ${response.status})`);
  }
  if (text.includes(config.apiKey)) return invalid('with a body that contained the API key');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid(`HTTP ${response.status} with a body that is not JSON`);
  }
  const retryAfter = response.headers.get('Retry-After')?.trim();
  return {
    ok: true,
    status: response.status,
    text,
    json,
    retryAfter: retryAfter && RETRY_AFTER.test(retryAfter) ? retryAfter : undefined,
  };
}
