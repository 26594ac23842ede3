import { createServerClock, type ServerClock } from './createServerClock';
import { createSession } from './createSession';
import type {
  CheckoutSession,
  CheckoutSessionCreated,
  CreateCheckoutSessionInput,
  Escrow,
  Proof,
} from './model';
import { DEFAULT_BASE_URL, type EscrowClientOptions, request, seg } from './request';
import { escrowResponse, proofResponse, sessionResponse } from './schemas';

export type { EscrowClientOptions, EscrowHeaders } from './request';
export { DEFAULT_BASE_URL } from './request';

/** The proxy contract of DESIGN.md, one function per request. Every failure is an `EscrowApiError`. */
export interface EscrowClient {
  readonly baseUrl: string;
  /** The server-time estimate its responses feed: `options.serverClock`, else its own. */
  readonly serverClock: ServerClock;
  getEscrow(id: string, signal?: AbortSignal): Promise<Escrow>;
  getProof(id: string, signal?: AbortSignal): Promise<Proof>;
  createSession(id: string, input: CreateCheckoutSessionInput): Promise<CheckoutSessionCreated>;
  getSession(sessionId: string, signal?: AbortSignal): Promise<CheckoutSession>;
}

// One function per request, so a bundle that only creates sessions (ActionButton) carries
// neither the escrow nor the proof schema.

/** `GET {baseUrl}/escrows/:id` */
export const getEscrow = (options: EscrowClientOptions, id: string, signal?: AbortSignal) =>
  request(options, `/escrows/${seg(id)}`, escrowResponse, { signal }, ({ escrow }) =>
    (escrow.id ?? escrow._id) ? undefined : 'escrow has no id',
  ).then(({ escrow }) =>
    // DHMAD sends both `id` and `_id`; either one identifies the escrow.
    ({ ...escrow, id: (escrow.id ?? escrow._id) as string }),
  );

/** `GET {baseUrl}/escrows/:id/proof` */
export const getProof = (options: EscrowClientOptions, id: string, signal?: AbortSignal) =>
  request(options, `/escrows/${seg(id)}/proof`, proofResponse, { signal }).then((r) => r.proof);

/** `GET {baseUrl}/sessions/:sessionId` */
export const getSession = (options: EscrowClientOptions, sessionId: string, signal?: AbortSignal) =>
  request(options, `/sessions/${seg(sessionId)}`, sessionResponse, { signal }).then(
    (r) => r.session,
  );

/** Creates the client the hooks use; also usable on its own (server components, scripts). */
export function createEscrowClient(options: EscrowClientOptions = {}): EscrowClient {
  const own = {
    ...options,
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    serverClock: options.serverClock ?? createServerClock(),
  };
  return {
    baseUrl: own.baseUrl,
    serverClock: own.serverClock,
    getEscrow: (id, signal) => getEscrow(own, id, signal),
    getProof: (id, signal) => getProof(own, id, signal),
    createSession: (id, input) => createSession(own, id, input),
    getSession: (sessionId, signal) => getSession(own, sessionId, signal),
  };
}
