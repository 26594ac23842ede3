/**
 * `@kit/hooks/webhooks`: DHMAD's webhook signature, shared by `@kit/proxy`'s receiver (verifies)
 * and `@kit/mock`'s simulator (signs). Server-side code: an entry point of its own so that no
 * browser bundle of `@kit/hooks` carries it.
 */

export type { WebhookSignatureScheme, WebhookSignedParts } from './webhookSignature';
export {
  DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
  signWebhook,
  verifyWebhookSignature,
} from './webhookSignature';
