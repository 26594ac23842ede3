// Signed webhook deliveries, as DHMAD would POST them, for `pnpm bench:live`.
import { signWebhook } from '@kit/hooks/webhooks';
import { WEBHOOK_SECRET } from './servers.mjs';

let sequence = 0;

/**
 * POSTs one signed delivery for `escrowId` to the proxy's receiver (Node's fetch). `event` may
 * be any name: the receiver accepts unknown ones, and the bench tags each delivery with its own
 * to match it to the stream messages it causes. Resolves with the HTTP status.
 */
export async function postWebhook(proxyOrigin, escrowId, event) {
  sequence += 1;
  const id = `wh_bench_${process.pid}_${sequence}`;
  const timestamp = new Date().toISOString();
  const body = JSON.stringify({ event, data: { escrow: { id: escrowId } } });
  const signature = await signWebhook(WEBHOOK_SECRET, { id, timestamp, body });
  const response = await fetch(`${proxyOrigin}/api/escrow/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-id': id,
      'x-webhook-timestamp': timestamp,
      'x-webhook-event': event,
      'x-webhook-signature': signature,
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
