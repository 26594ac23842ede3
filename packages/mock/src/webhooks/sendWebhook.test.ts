// @vitest-environment node
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@kit/hooks/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import { viaProxy } from '../test/simulatorRequests';
import { WEBHOOK_SECRET } from '../test/webhookSimulator';

interface Received {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A receiver on loopback that answers `status` (or never, with `null`); what it received. */
async function receiver(status: number | null) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      received.push({ method: request.method, headers: request.headers, body });
      if (status !== null) response.writeHead(status).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/escrow/webhooks`, received };
}

const simulatorPostingTo = (url: string, timeoutMs?: number) =>
  createDhmadSimulator({
    scenarios: ['proof-accepted'],
    webhooks: { secret: WEBHOOK_SECRET, url, timeoutMs },
  });

const outcomes = (sim: ReturnType<typeof createDhmadSimulator>) =>
  sim.webhooks.deliveries.map(({ outcome, responseStatus, error }) => ({
    outcome,
    responseStatus,
    error,
  }));

describe('webhooks to a URL', () => {
  it('POSTs the signed JSON with its headers over HTTP', async () => {
    const { url, received } = await receiver(200);
    const sim = simulatorPostingTo(url);
    await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    await sim.webhooks.settled();
    const [delivery] = sim.webhooks.deliveries;
    expect(outcomes(sim)).toEqual([
      { outcome: 'delivered', responseStatus: 200, error: undefined },
    ]);
    expect(delivery?.url).toBe(url);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-webhook-id': delivery?.id,
      'x-webhook-event': 'escrow.status.updated',
      'x-webhook-timestamp': sim.clock.now().toISOString(),
    });
    expect(JSON.parse(request?.body ?? '')).toMatchObject({
      event: 'escrow.status.updated',
      data: { escrow: { id: 'proof-accepted', status: 'delivered' } },
    });
    await expect(
      verifyWebhookSignature(WEBHOOK_SECRET, {
        id: String(request?.headers['x-webhook-id']),
        timestamp: String(request?.headers['x-webhook-timestamp']),
        body: request?.body ?? '',
        signature: String(request?.headers['x-webhook-signature']),
      }),
    ).resolves.toBe(true);
  });

  it('records a non-2xx answer as failed, and the change stands', async () => {
    const { url } = await receiver(500);
    const sim = simulatorPostingTo(url);
    const response = await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    expect(response.status).toBe(200);
    await sim.webhooks.settled();
    expect(outcomes(sim)).toEqual([
      { outcome: 'failed', responseStatus: 500, error: 'The receiver answered 500.' },
    ]);
    expect(sim.getEscrow('proof-accepted')?.status).toBe('delivered');
  });

  it('records a refused connection as failed, not thrown into the route', async () => {
    const { url } = await receiver(200);
    const closed = servers.pop();
    closed?.closeAllConnections();
    await new Promise((resolve) => closed?.close(resolve));
    const sim = simulatorPostingTo(url);
    expect((await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver')).status).toBe(200);
    await sim.webhooks.settled();
    expect(outcomes(sim)).toEqual([
      {
        outcome: 'failed',
        responseStatus: undefined,
        error: expect.stringContaining('ECONNREFUSED'),
      },
    ]);
  });

  it('gives up on a receiver that never answers after timeoutMs', async () => {
    const { url, received } = await receiver(null);
    const sim = simulatorPostingTo(url, 100);
    await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    await sim.webhooks.settled();
    expect(received).toHaveLength(1);
    expect(outcomes(sim)).toEqual([
      { outcome: 'failed', responseStatus: undefined, error: expect.stringMatching(/abort|time/i) },
    ]);
  });
});
