export { PROOF_TYPES, type ProofType } from '@kit/hooks/core';
export type {
  DhmadRawAnswer,
  DhmadRawFailure,
  DhmadRawFailureReason,
  UpstreamFetch,
} from './callUpstream';
export type { CreateEscrowInput, CreateFulfillmentPolicy } from './checkEscrowInput';
export { createDhmadClient } from './createDhmadClient';
export { createEscrowProxy } from './createEscrowProxy';
export { createMemoryEventBus, type MemoryEventBusOptions } from './createMemoryEventBus';
export type { DhmadApiErrorInit, DhmadClientErrorCode } from './DhmadApiError';
export { DhmadApiError } from './DhmadApiError';
export type {
  DhmadCallOptions,
  DhmadClient,
  DhmadClientOptions,
  DhmadSessionInput,
  EscrowCreated,
} from './DhmadClient';
export type { EscrowEventBus, EscrowEventListener, EscrowLiveEvent } from './EscrowEventBus';
export type {
  EscrowProxyHandler,
  EscrowProxyOptions,
  EscrowProxyUser,
  RedirectUrlContext,
} from './EscrowProxyOptions';
export type { EscrowEventStreamOptions } from './events/EscrowEventStreamOptions';
export type { ProxyErrorCode } from './proxyError';
export { MAX_BODY_BYTES } from './readJsonRequest';
export { DHMAD_API_BASE_URLS } from './resolveApiBaseUrl';
export type { NodeRequestListener } from './toNodeHandler';
export { toNodeHandler } from './toNodeHandler';
export { MAX_WEBHOOK_BODY_BYTES } from './webhooks/checkWebhookDelivery';
export type {
  EscrowWebhookDelivery,
  EscrowWebhookOptions,
} from './webhooks/EscrowWebhookOptions';
export { findEscrowId } from './webhooks/findEscrowId';
export { WebhookRejectedError, type WebhookRejectionCode } from './webhooks/WebhookRejectedError';
