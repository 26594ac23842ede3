import type { WebhookConfig } from './resolveWebhookOptions';
import type { WebhookDelivery, WebhookDeliveryRecord } from './SimulatorWebhookOptions';

/** How one delivery went. */
export type WebhookOutcome = Pick<WebhookDeliveryRecord, 'outcome' | 'responseStatus' | 'error'>;

/** An error's message, with its `cause`'s (fetch's "fetch failed" says little alone). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

function fromStatus(status: number): WebhookOutcome {
  return status >= 200 && status < 300
    ? { outcome: 'delivered', responseStatus: status }
    : { outcome: 'failed', responseStatus: status, error: `The receiver answered ${status}.` };
}

/**
 * Sends one delivery: to `config.deliver` when set, else as a `POST` to `config.url` with the
 * global `fetch` (aborted after `timeoutMs`). Never rejects: a throw, a rejection, a network
 * error, a timeout or a non-2xx answer comes back as a `failed` outcome.
 */
export async function sendWebhook(
  config: WebhookConfig,
  delivery: WebhookDelivery,
): Promise<WebhookOutcome> {
  try {
    if (config.deliver) {
      const answer = await config.deliver(delivery);
      return answer instanceof Response ? fromStatus(answer.status) : { outcome: 'delivered' };
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
    return { outcome: 'failed', error: describe(error) };
  }
}
