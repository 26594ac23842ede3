export type { UpstreamFetch } from './callUpstream';
export { createEscrowProxy } from './createEscrowProxy';
export type {
  EscrowProxyHandler,
  EscrowProxyOptions,
  EscrowProxyUser,
  RedirectUrlContext,
} from './EscrowProxyOptions';
export type { ProxyErrorCode } from './proxyError';
export { DHMAD_API_BASE_URLS } from './resolveApiBaseUrl';
export { MAX_BODY_BYTES } from './routes/createSession';
export type { NodeRequestListener } from './toNodeHandler';
export { toNodeHandler } from './toNodeHandler';
