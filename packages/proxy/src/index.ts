export type { UpstreamFetch } from './callUpstream';
export { createEscrowProxy } from './createEscrowProxy';
export type {
  EscrowProxyHandler,
  EscrowProxyOptions,
  EscrowProxyUser,
  RedirectUrlContext,
} from './EscrowProxyOptions';
export type { ProxyErrorCode } from './proxyError';
export { MAX_BODY_BYTES } from './readJsonRequest';
export { DHMAD_API_BASE_URLS } from './resolveApiBaseUrl';
export type { NodeRequestListener } from './toNodeHandler';
export { toNodeHandler } from './toNodeHandler';
