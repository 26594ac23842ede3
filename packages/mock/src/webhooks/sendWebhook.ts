import { errorMessage } from './errorMessage';
import type { WebhookConfig } from './resolveWebhookOptions';
import type { WebhookDelivery, WebhookDeliveryRecord } from './SimulatorWebhookOptions';

/** How one delivery went. */
export type WebhookOutcome = Pick<WebhookDeliveryRecord, 'outcome' | 'responseStatus' | 'error'>;

/** The status of what `deliver` returned, when it is a `Response` (of any realm). */
function responseStatus(answer: unknown): number | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { status } = answer as { status?: unknown };
  return typeof status === 'number' ? status : undefined;
}

function fromStatus(status: number): WebhookOutcome {
  return status >= 200 && status < 300
    ? { outcome: 'delivered', responseStatus: status }
    : { outcome: 'failed', responseStatus: status, error: `The receiver answered ${status}.` };
}

/**
 * Sends one delivery: to `config.deliver` when set (what it returns counts as the receiver's
 * answer when it has a numeric `status`, as a `Response` does), else as a `POST` to `config.url` with the
 * global `fetch` (aborted after `timeoutMs`). Never rejects: a throw, a rejection, a network
 * error, a timeout or a non-2xx answer comes back as a `failed` outcome.
 */
export async function sendWebhook(
  config: WebhookConfig,
  delivery: WebhookDelivery,
): Promise<WebhookOutcome> {
  try {
    if (config.deliver) {
      const status = responseStatus(await config.deliver(delivery));
      return status === undefined ? { outcome: 'delivered' } : fromStatus(status);
    }
    const response = await fetch(delivery.url as string, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    await response.body?.cancel();
    return fromStatus(response.status);
  } catch (error) {
    return { outcome: 'failed', error: errorMessage(error) };
  }
}
