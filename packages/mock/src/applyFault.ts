import { jsonResponse } from './jsonResponse';

/**
 * A route of the simulator that faults can be injected into: the reads, session creation, the
 * three direct actions (`deliver`, `rejectDelivery`, `cancel`), attachment links, or `'all'`.
 */
export type FaultRoute =
  | 'escrow'
  | 'proof'
  | 'createSession'
  | 'session'
  | 'deliver'
  | 'rejectDelivery'
  | 'cancel'
  | 'files'
  | 'all';

/** A failure to inject: slowness, a status, a rate limit, a dead network, or an HTML error page. */
export type Fault =
  | { type: 'latency'; ms: number }
  | { type: 'status'; status: number }
  | { type: 'rateLimit'; retryAfter: number }
  | { type: 'network' }
  | { type: 'html502' };

/**
 * Plays the fault set on `route` (or on `'all'`): the response to answer instead, or
 * `undefined` to go on (after the delay of a `latency` fault). A `network` fault rejects with a
 * `TypeError`, as `fetch` does on a dead connection.
 */
export async function applyFault(
  faults: ReadonlyMap<FaultRoute, Fault>,
  route: FaultRoute,
): Promise<Response | undefined> {
  const fault = faults.get(route) ?? faults.get('all');
  if (!fault) return undefined;
  switch (fault.type) {
    case 'latency':
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return undefined;
    case 'status':
      return jsonResponse(
        { error: fault.status >= 500 ? 'Internal Server Error' : 'Error' },
        fault.status,
      );
    case 'rateLimit':
      return jsonResponse(
        {
          error: 'Too Many Requests',
          message: 'Rate limit exceeded. Please try again later.',
          retryAfter: fault.retryAfter,
        },
        429,
        { 'Retry-After': String(fault.retryAfter) },
      );
    case 'network':
      throw new TypeError('Failed to fetch (simulated network failure)');
    case 'html502':
      return new Response('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      });
    default:
      return fault satisfies never;
  }
}
