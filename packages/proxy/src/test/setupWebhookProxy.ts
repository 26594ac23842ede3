/**
 * A proxy with its webhook receiver on, and signed deliveries to it, as DHMAD would send them:
 * `setupWebhookProxy(webhooks)` and `delivery(init)`.
 */
import { signWebhook, type WebhookSignatureScheme } from '@kit/hooks/webhooks';
import { type Mock, vi } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import { createMemoryEventBus } from '../createMemoryEventBus';
import type { EscrowEventBus, EscrowLiveEvent } from '../EscrowEventBus';
import type { EscrowWebhookOptions } from '../webhooks/EscrowWebhookOptions';
import { API_KEY } from './apiKey';
import { CALLBACK_URL } from './createTestUpstream';

/** The webhook's secret as DHMAD shows it: 64 hex characters. */
export const WEBHOOK_SECRET = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
export const WEBHOOK_URL = 'https://shop.example/api/escrow/webhooks';

export interface WebhookProxySetup {
  proxy: (request: Request) => Promise<Response>;
  bus: EscrowEventBus;
  /** Every event published on the bus, in order. */
  published: EscrowLiveEvent[];
  onError: Mock;
  getUser: Mock;
}

export function setupWebhookProxy(webhooks: Partial<EscrowWebhookOptions> = {}): WebhookProxySetup {
  const bus = createMemoryEventBus();
  const published: EscrowLiveEvent[] = [];
  const publish = bus.publish;
  bus.publish = (event) => {
    published.push(event);
    return publish(event);
  };
  const onError = vi.fn();
  const getUser = vi.fn(() => null);
  const proxy = createEscrowProxy({
    apiKey: API_KEY,
    getUser,
    redirectUrl: CALLBACK_URL,
    fetch: () => Promise.reject(new Error('the receiver must not call DHMAD')),
    webhooks: { secret: WEBHOOK_SECRET, ...webhooks },
    eventBus: bus,
    onError,
  });
  return { proxy, bus, published, onError, getUser };
}

export interface DeliveryInit {
  /** The JSON payload (an object is serialised; a string or bytes are sent as is). */
  body?: unknown;
  id?: string | null;
  timestamp?: string | null;
  event?: string | null;
  /** The scheme DHMAD signs with (the default scheme when omitted). */
  scheme?: WebhookSignatureScheme;
  secret?: string;
  /** Sent instead of the computed signature (`null`: no header). */
  signature?: string | null;
  headers?: Record<string, string>;
}

export const escrowEvent = (escrowId = 'e1', event = 'escrow.proof.submitted') => ({
  event,
  data: { escrow: { id: escrowId, status: 'paid' } },
});

/** A `POST` of one webhook delivery, signed by `scheme` unless `signature` says otherwise. */
export async function delivery(init: DeliveryInit = {}): Promise<Request> {
  const {
    body: payload = escrowEvent(),
    id = 'wh_1',
    timestamp = new Date().toISOString(),
    event = 'escrow.proof.submitted',
    scheme,
    secret = WEBHOOK_SECRET,
  } = init;
  const body =
    typeof payload === 'string' || payload instanceof Uint8Array
      ? payload
      : JSON.stringify(payload);
  const signature =
    init.signature !== undefined
      ? init.signature
      : await signWebhook(secret, { id: id ?? '', timestamp: timestamp ?? '', body }, scheme);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
  if (id !== null) headers['X-Webhook-Id'] = id;
  if (timestamp !== null) headers['X-Webhook-Timestamp'] = timestamp;
  if (event !== null) headers['X-Webhook-Event'] = event;
  if (signature !== null) headers['X-Webhook-Signature'] = signature;
  return new Request(WEBHOOK_URL, { method: 'POST', headers, body: body as BodyInit });
}
