/** The `fetch` DHMAD is called with; the global `fetch` fits, and so does a simulator's. */
export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface UpstreamConfig {
  fetch: UpstreamFetch;
  /** DHMAD's API root, no trailing slash. */
  apiBaseUrl: string;
  apiKey: string;
  /** Aborts on a deadline (a `TimeoutError` reason) or when the caller gives up. */
  signal: AbortSignal;
}

/** DHMAD answered with JSON: its status and body, exactly as sent. */
export interface DhmadRawAnswer {
  ok: true;
  status: number;
  /** The body text, byte for byte. */
  text: string;
  json: unknown;
  /** DHMAD's `Retry-After` header, when it sent a well-formed one (delay-seconds or an HTTP date). */
  retryAfter: string | undefined;
}

/**
 * Why no usable answer came:
 * - `timeout`: the deadline passed (a `TimeoutError` abort);
 * - `unreachable`: the network failed;
 * - `aborted`: the caller's signal aborted for another reason (`error` is that reason);
 * - `invalid_response`: a redirect, a body that is not JSON, or one that contains the API key;
 * - `misconfigured`: the API key is missing or malformed (nothing was sent).
 */
export type DhmadRawFailureReason =
  | 'timeout'
  | 'unreachable'
  | 'aborted'
  | 'invalid_response'
  | 'misconfigured';

/** No usable answer from DHMAD. */
export interface DhmadRawFailure {
  ok: false;
  reason: DhmadRawFailureReason;
  /** DHMAD's HTTP status, when an answer came (`invalid_response`). */
  status?: number;
  /** Safe to show: it never contains the key or DHMAD's body. */
  message: string;
  /** What to log (never contains the key); for `aborted`, the signal's reason. */
  error: unknown;
}

/** Delay-seconds or an HTTP date: nothing else is forwarded. */
const RETRY_AFTER = /^(\d{1,10}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

/**
 * The one HTTP path to DHMAD: one call with the API key as `Authorization: Bearer`, the JSON
 * `body` if one is given (no body and no `Content-Type` otherwise), nothing else. Redirects are
 * not followed (they would carry the key elsewhere), and an answer that contains the key is
 * withheld. Never rejects: every failure is a `DhmadRawFailure`.
 */
export async function callUpstream(
  config: UpstreamConfig,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<DhmadRawAnswer | DhmadRawFailure> {
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
        reason: 'timeout',
        message: 'DHMAD did not answer in time.',
        error: new Error(`DHMAD did not answer ${method} ${path} in time`, { cause: error }),
      };
    }
    if (signal.aborted) {
      return {
        ok: false,
        reason: 'aborted',
        message: 'The call was cancelled.',
        error: signal.reason,
      };
    }
    return {
      ok: false,
      reason: 'unreachable',
      message: 'DHMAD could not be reached.',
      error: new Error(`Could not reach DHMAD for ${method} ${path}`, { cause: error }),
    };
  }

  const invalid = (why: string): DhmadRawFailure => ({
    ok: false,
    reason: 'invalid_response',
    status: response.status,
    message: `DHMAD answered ${why}.`,
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
