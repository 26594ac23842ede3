import type { DemoUser } from '../../server/demoConfig';
import type { DemoOrder } from '../../server/orderBook';
import { DemoApiError, demoApiErrorOf } from './DemoApiError';

/** The server's own types: someone the sign-in offers, and an order pointing at its escrow. */
export type { DemoOrder, DemoUser };

/** `GET /api/demo/session`. `mode`: the in-process simulator, or DHMAD's sandbox. */
export interface DemoSession {
  user: DemoUser | null;
  users: DemoUser[];
  mode: 'simulator' | 'sandbox';
}

/**
 * The "New order" form as posted: numbers as typed (the server reads them), empty optional
 * fields for the server's defaults (3 days; DHMAD's 24 hours).
 */
export interface NewOrderInput {
  title: string;
  amount: string;
  buyerEmail: string;
  estimatedDeliveryDays?: string;
  proofUploadDeadlineHours?: string;
  buyerReviewDeadlineHours?: string;
  allowedProofTypes?: string[];
}

/**
 * One JSON call to the demo server's own API (`/api/demo/*`, same origin, its cookie sent).
 * Rejects with a `DemoApiError`: the server's error body, or `NETWORK_ERROR` (status 0).
 */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/demo${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new DemoApiError(0, 'NETWORK_ERROR', 'The demo server could not be reached.');
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw demoApiErrorOf(response.status, parsed);
  return parsed as T;
}

/** The demo server's `/api/demo` routes. */
export const demoApi = {
  session: () => call<DemoSession>('GET', '/session'),
  signIn: (email: string) => call<{ user: DemoUser }>('POST', '/session', { email }),
  signOut: () => call<null>('DELETE', '/session'),
  orders: () => call<{ orders: DemoOrder[] }>('GET', '/orders'),
  createOrder: (input: NewOrderInput) => call<{ order: DemoOrder }>('POST', '/orders', input),
  /** Simulator only (404 with DHMAD's sandbox): moves DHMAD's clock by `advanceMs`. */
  advanceClock: (advanceMs: number) => call<{ now: string }>('POST', '/clock', { advanceMs }),
};
