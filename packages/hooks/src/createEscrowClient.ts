import { createServerClock, type ServerClock } from './createServerClock';
import { createSession } from './createSession';
import type { DirectActionResult, RejectDeliveryInput } from './directActions';
import type {
  CheckoutSession,
  CheckoutSessionCreated,
  CreateCheckoutSessionInput,
  Escrow,
  Proof,
} from './model';
import { postDirectAction } from './postDirectAction';
import { DEFAULT_BASE_URL, type EscrowClientOptions, request, seg } from './request';
import {
  escrowIdProblem,
  escrowResponse,
  proofResponse,
  sessionResponse,
  withEscrowId,
} from './schemas';

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
  /** `POST {baseUrl}/escrows/:id/deliver` (the seller; 409 `PROOF_NOT_ACCEPTED` until proof is accepted). */
  deliver(id: string): Promise<DirectActionResult>;
  /** `POST {baseUrl}/escrows/:id/reject-delivery` `{ reason? }` (the buyer, a delivered escrow). */
  rejectDelivery(id: string, input?: RejectDeliveryInput): Promise<DirectActionResult>;
  /** `POST {baseUrl}/escrows/:id/cancel` (either party, a pending escrow). */
  cancel(id: string): Promise<DirectActionResult>;
}

// One function per request, so a bundle that only creates sessions (ActionButton) carries
// neither the escrow nor the proof schema.

/** `GET {baseUrl}/escrows/:id` */
export const getEscrow = (options: EscrowClientOptions, id: string, signal?: AbortSignal) =>
  request(options, `/escrows/${seg(id)}`, escrowResponse, { signal }, ({ escrow }) =>
    escrowIdProblem(escrow),
  ).then(({ escrow }) => withEscrowId(escrow));

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
    deliver: (id) => postDirectAction(own, id, 'deliver'),
    rejectDelivery: (id, input) => postDirectAction(own, id, 'reject_delivery', input),
    cancel: (id) => postDirectAction(own, id, 'cancel_pending'),
  };
}
