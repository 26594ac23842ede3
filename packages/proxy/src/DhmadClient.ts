import type {
  CheckoutAction,
  CheckoutSession,
  CheckoutSessionCreated,
  DirectActionResult,
  Escrow,
  Proof,
  RejectDeliveryInput,
} from '@kit/hooks/core';
import type { DhmadRawAnswer, DhmadRawFailure, UpstreamFetch } from './callUpstream';
import type { CreateEscrowInput } from './checkEscrowInput';

export interface DhmadClientOptions {
  /**
   * Your DHMAD secret key (`sk_live_` or `sk_sandbox_` + 64 hex characters), from a server-only
   * environment variable. Checked on the first call, not here (a build that loads your server
   * code without it succeeds): a missing or malformed one makes every call reject with
   * `MISCONFIGURED`, nothing sent.
   */
  apiKey: string;
  /**
   * DHMAD's API root; HTTPS (plain HTTP on localhost only), else a `TypeError` here.
   * @default from the key: 'https://dhmad.tn/api/v1' or 'https://sandbox.dhmad.tn/api/v1'
   */
  apiBaseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: UpstreamFetch;
  /**
   * How long one call may wait for DHMAD's answer, in milliseconds, before it rejects with
   * `TIMEOUT`. Not documented by DHMAD: chosen as the proxy's default.
   * @default 10000
   */
  timeoutMs?: number;
}

/** Per call: a signal to cancel it (it then rejects with the signal's reason, as `fetch` does). */
export interface DhmadCallOptions {
  signal?: AbortSignal;
}

/** `POST /escrows/:id/sessions`'s body, as DHMAD takes it (dhmad-api.md §3.2). */
export interface DhmadSessionInput {
  action: CheckoutAction;
  /** The only user who may complete the session. */
  targetUserEmail: string;
  /** One of the redirect URLs allowed in DHMAD's dashboard. */
  redirectUrl: string;
  /** String values of at most 500 characters. */
  metadata?: Record<string, string>;
}

/** `POST /escrows`'s answer (dhmad-api.md §2.5); `contract` is `null` for quick and instant escrows. */
export interface EscrowCreated {
  message: string;
  escrow: Escrow;
  contract?: Record<string, unknown> | null;
  /** The escrow on DHMAD's dashboard. */
  url?: string;
  trackingId?: string;
}

/** A typed server-side client of DHMAD's REST API. Every method rejects with `DhmadApiError`. */
export interface DhmadClient {
  /**
   * The one HTTP path to DHMAD, unparsed: `path` is under `apiBaseUrl` and starts with `/` (its
   * ids are the caller's to check); `body`, when given, is sent as JSON. Never rejects.
   */
  raw(
    method: 'GET' | 'POST',
    path: `/${string}`,
    init?: DhmadCallOptions & { body?: unknown },
  ): Promise<DhmadRawAnswer | DhmadRawFailure>;
  /** `POST /escrows`, its input checked first (`INVALID_ESCROW_INPUT` with `details` per field). */
  createEscrow(input: CreateEscrowInput, options?: DhmadCallOptions): Promise<EscrowCreated>;
  /** `GET /escrows/:id` */
  getEscrow(id: string, options?: DhmadCallOptions): Promise<Escrow>;
  /** `GET /escrows/:id/proof`: attachment `viewUrl`s are time-limited. */
  getProof(id: string, options?: DhmadCallOptions): Promise<Proof>;
  /** `POST /escrows/:id/sessions` → where to send the user, until `expiresAt`. */
  createSession(
    id: string,
    input: DhmadSessionInput,
    options?: DhmadCallOptions,
  ): Promise<CheckoutSessionCreated>;
  /** `GET /sessions/:sessionId` */
  getSession(sessionId: string, options?: DhmadCallOptions): Promise<CheckoutSession>;
  /** `POST /escrows/:id/deliver` (the seller; 409 `PROOF_NOT_ACCEPTED` until proof is accepted). */
  deliver(id: string, options?: DhmadCallOptions): Promise<DirectActionResult>;
  /**
   * `POST /escrows/:id/reject-delivery` (the buyer). `reason` is trimmed and at most
   * `MAX_REJECTION_REASON_LENGTH` characters (`INVALID_REJECTION_REASON`, nothing sent); an
   * empty one is not sent.
   */
  rejectDelivery(
    id: string,
    input?: RejectDeliveryInput,
    options?: DhmadCallOptions,
  ): Promise<DirectActionResult>;
  /** `POST /escrows/:id/cancel` (a party; pending escrows only). */
  cancel(id: string, options?: DhmadCallOptions): Promise<DirectActionResult>;
}
