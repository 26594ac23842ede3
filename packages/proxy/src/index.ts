export type { UpstreamFetch } from './callUpstream';
export type {
  EscrowProxyHandler,
  EscrowProxyOptions,
  EscrowProxyUser,
  RedirectUrlContext,
} from './createEscrowProxy';
export { createEscrowProxy, MAX_BODY_BYTES } from './createEscrowProxy';
export type { ProxyErrorCode } from './proxyError';
export { DHMAD_API_BASE_URLS } from './resolveApiBaseUrl';
