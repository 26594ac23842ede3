import type { EscrowEventBus } from '../EscrowEventBus';
import { isDhmadId } from '../isDhmadId';
import { jsonResponse } from '../jsonResponse';
import { proxyError } from '../proxyError';
import { checkWebhookDelivery } from './checkWebhookDelivery';
import type { WebhookReceiverOptions } from './resolveWebhookOptions';

type Report = (error: unknown, request: Request) => void;

const received = (extra: Record<string, unknown> = {}) =>
  jsonResponse(200, JSON.stringify({ received: true, ...extra }));

/**
 * The webhook receiver's handler (`POST {basePath}/webhooks` by default). It needs no user and
 * checks no origin: DHMAD's server authenticates by signature. In order:
 * 1. the secret is configured (else 500 `MISCONFIGURED`, reported);
 * 2. the delivery checks out (`checkWebhookDelivery`; else its 400/401/413, reported to `onError`
 *    as a `WebhookRejectedError` naming the scheme tried, nothing published);
 * 3. the escrow id is found (`getEscrowId`); without one the delivery is answered 200 and
 *    nothing is published (reported only for `escrow.*` events, where one was expected);
 * 4. the delivery id is claimed on the bus: a duplicate answers 200 `{ received, duplicate }`
 *    and publishes nothing;
 * 5. `{ escrowId, event }` is published and `onEvent` is called without being awaited;
 * 6. 200 `{ "received": true }`.
 * A throw of `getEscrowId` or of the bus reaches the proxy's error handler (500, reported), so
 * DHMAD retries. A publish that fails releases the delivery id first (`forgetDelivery`), so that
 * retry is published rather than answered as a duplicate.
 */
export function createWebhookReceiver(
  options: WebhookReceiverOptions,
  bus: EscrowEventBus,
  report: Report,
): (request: Request) => Promise<Response> {
  return async function receiveWebhook(request) {
    const secret = options.secret();
    if (!secret.ok) {
      report(secret.error, request);
      return proxyError(
        500,
        'MISCONFIGURED',
        'The webhook receiver is misconfigured: check its `webhooks.secret` option.',
      );
    }
    const check = await checkWebhookDelivery(request, secret.secret, options);
    if (!check.ok) {
      const { rejection } = check;
      report(rejection, request);
      return proxyError(rejection.status, rejection.code, rejection.reason);
    }
    const { id, event, payload } = check.delivery;
    const found = options.getEscrowId(payload, event);
    const escrowId = isDhmadId(found) ? found : undefined;
    if (!escrowId && event.startsWith('escrow.')) {
      report(
        new Error(
          `Webhook ${JSON.stringify(id)} (${JSON.stringify(event)}) names no escrow id that the receiver could find; nothing was published. Set \`webhooks.getEscrowId\` for this envelope.`,
        ),
        request,
      );
    }
    if (!(await bus.markDelivered(id, options.deduplicationTtlMs)))
      return received({ duplicate: true });
    if (escrowId) {
      try {
        await bus.publish({ escrowId, event });
      } catch (error) {
        await bus.forgetDelivery(id).catch(() => {});
        throw error;
      }
    }
    if (options.onEvent) {
      try {
        Promise.resolve(options.onEvent({ id, event, escrowId, payload })).catch((error) =>
          report(error, request),
        );
      } catch (error) {
        report(error, request);
      }
    }
    return received();
  };
}
