/** DHMAD's API roots, chosen by the key's prefix (dhmad-api.md §1). */
export const DHMAD_API_BASE_URLS = {
  live: 'https://dhmad.tn/api/v1',
  sandbox: 'https://sandbox.dhmad.tn/api/v1',
} as const;

const API_KEY = /^sk_(live|sandbox)_[0-9a-f]{64}$/;

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

/** Says what a bad key looks like without ever printing any of it. */
function describe(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'nothing';
  if (typeof value !== 'string') return `a ${typeof value}`;
  const known = /^sk_(live|sandbox)_/.test(value) ? 'a known prefix' : 'an unknown prefix';
  return `a ${value.length}-character string with ${known}`;
}

/**
 * Checks a given `apiBaseUrl` at construction, where nothing run-time is known yet: an absolute
 * HTTPS URL (plain HTTP only on loopback, for a local simulator), without credentials, query or
 * fragment. Returns it without a trailing slash, or `undefined` when not given. Throws a
 * `TypeError` naming the option and its `caller` (`createEscrowProxy` or `createDhmadClient`).
 */
export function checkApiBaseUrl(
  apiBaseUrl: unknown,
  caller = 'createEscrowProxy',
): string | undefined {
  if (apiBaseUrl === undefined) return undefined;
  const url =
    typeof apiBaseUrl === 'string' && URL.canParse(apiBaseUrl) ? new URL(apiBaseUrl) : undefined;
  if (
    !url ||
    (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
  ) {
    throw new TypeError(
      `${caller}: \`apiBaseUrl\` must be an absolute https:// URL (http:// only on localhost), such as ${DHMAD_API_BASE_URLS.live}.`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError(
      `${caller}: \`apiBaseUrl\` must not carry credentials, a query or a fragment.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** The API root to call, or which option is wrong and why (the error never contains the key). */
export type ApiBaseUrlResult =
  | { ok: true; apiBaseUrl: string }
  | { ok: false; option: 'apiKey' | 'apiBaseUrl'; error: TypeError };

/**
 * Checks the API key (`sk_live_` or `sk_sandbox_` + 64 lowercase hex) against the API root, on
 * the first request (the key is often set only at run time): the root is `apiBaseUrl` when given
 * (already checked by `checkApiBaseUrl`), else the root of the key's environment. A key is
 * refused on DHMAD's host of the other environment, which would answer every request with 401.
 */
export function resolveApiBaseUrl(
  apiKey: unknown,
  apiBaseUrl: string | undefined,
  caller = 'createEscrowProxy',
): ApiBaseUrlResult {
  const match = typeof apiKey === 'string' ? API_KEY.exec(apiKey) : null;
  if (!match) {
    return {
      ok: false,
      option: 'apiKey',
      error: new TypeError(
        `${caller}: \`apiKey\` must be a DHMAD secret key, "sk_live_" or "sk_sandbox_" followed by 64 lowercase hex characters, but got ${describe(apiKey)}. Read it from a server-only environment variable.`,
      ),
    };
  }
  const environment = match[1] as 'live' | 'sandbox';
  if (apiBaseUrl === undefined) return { ok: true, apiBaseUrl: DHMAD_API_BASE_URLS[environment] };

  const other = environment === 'live' ? 'sandbox' : 'live';
  const hostname = new URL(apiBaseUrl).hostname;
  if (hostname === new URL(DHMAD_API_BASE_URLS[other]).hostname) {
    return {
      ok: false,
      option: 'apiBaseUrl',
      error: new TypeError(
        `${caller}: a ${environment} key cannot call ${hostname} (the ${other} API); use ${DHMAD_API_BASE_URLS[environment]} or a ${other} key.`,
      ),
    };
  }
  return { ok: true, apiBaseUrl };
}
