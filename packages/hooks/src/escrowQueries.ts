import { queryOptions } from '@tanstack/react-query';
import { getEscrow, getProof, getSession } from './createEscrowClient';
import { isEscrowApiError } from './EscrowApiError';
import { escrowKeys } from './escrowKeys';
import type { Escrow, Proof } from './model';
import type { EscrowClientOptions } from './request';

/** Where to fetch (`baseUrl`, `fetch`, `headers`; default `/api/escrow`), and how often. */
export interface EscrowQueryConfig extends EscrowClientOptions {
  /**
   * How often (ms) an escrow or proof that waits on a party is re-fetched; `false` turns
   * polling off. Terminal states are never polled.
   * @default 30000
   */
  pollInterval?: number | false;
  /**
   * How long (ms) DHMAD's proof `viewUrl`s stay valid. The proof is re-fetched before
   * 80 % of it has passed, so the links on screen never go stale.
   * @default 900000 (15 minutes)
   */
  viewUrlTtl?: number;
  /**
   * Whether a live stream currently covers escrow `id`; while it does, neither its escrow
   * nor its proof polls (an event refetches them). Set by `EscrowKitProvider` (`live`).
   * @default none: always polls
   */
  isLive?: (id: string) => boolean;
}

export const DEFAULT_POLL_INTERVAL = 30_000;
export const DEFAULT_VIEW_URL_TTL = 15 * 60_000;

/** Statuses after which an escrow never changes again. */
export const TERMINAL_STATUSES: readonly string[] = ['completed', 'cancelled'];
/** Proof phases after which the proof never changes again. */
export const TERMINAL_PHASES: readonly string[] = ['accepted', 'accepted_by_timeout', 'expired'];

/** Network failures and 5xx are retried twice with backoff; a 4xx answer never is. */
export function retryTransient(failureCount: number, error: unknown) {
  return failureCount < 2 && isEscrowApiError(error) && (error.status === 0 || error.status >= 500);
}

export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 10_000);

/**
 * The next refetch delay of a polled query: `false` once terminal or after an answer that
 * polling cannot change (4xx other than 429), and never sooner than a 429's `retryAfter`.
 */
function nextPoll(error: unknown, terminal: boolean, interval: number | false) {
  if (terminal || interval === false) return false;
  if (isEscrowApiError(error)) {
    if (error.status === 429) return Math.max(interval, (error.retryAfter ?? 0) * 1000);
    if (error.status >= 400 && error.status < 500) return false;
  }
  return interval;
}

const isTerminalEscrow = (escrow: Escrow | undefined) =>
  !!escrow && TERMINAL_STATUSES.includes(escrow.status);
const isTerminalProof = (proof: Proof | undefined) =>
  !!proof && TERMINAL_PHASES.includes(proof.phase);

/** `GET {baseUrl}/escrows/:id` — polled while the escrow waits on a party and no live stream covers it. */
export const escrowDetailQuery = (id: string, config: EscrowQueryConfig = {}) =>
  queryOptions({
    queryKey: escrowKeys.detail(id),
    queryFn: ({ signal }) => getEscrow(config, id, signal),
    enabled: !!id,
    retry: retryTransient,
    retryDelay,
    staleTime: (query) => (isTerminalEscrow(query.state.data) ? Infinity : 5_000),
    refetchInterval: (query) =>
      nextPoll(
        query.state.error,
        isTerminalEscrow(query.state.data) || !!config.isLive?.(id),
        config.pollInterval ?? DEFAULT_POLL_INTERVAL,
      ),
  });

/**
 * `GET {baseUrl}/escrows/:id/proof` — polled while a party has to act, and re-fetched
 * before its time-limited `viewUrl`s expire, unless a live stream covers it (then an event,
 * or `refresh()` when an image needs fresh links, re-fetches it). A terminal phase makes no background request;
 * it is re-fetched on the next mount or focus once its links are older than the refresh age.
 */
export const escrowProofQuery = (id: string, config: EscrowQueryConfig = {}) => {
  const linkAge = 0.8 * (config.viewUrlTtl ?? DEFAULT_VIEW_URL_TTL);
  const poll = config.pollInterval ?? DEFAULT_POLL_INTERVAL;
  return queryOptions({
    queryKey: escrowKeys.proof(id),
    queryFn: ({ signal }) => getProof(config, id, signal),
    enabled: !!id,
    retry: retryTransient,
    retryDelay,
    staleTime: (query) => (isTerminalProof(query.state.data) ? linkAge : 5_000),
    refetchInterval: (query) =>
      nextPoll(
        query.state.error,
        isTerminalProof(query.state.data) || !!config.isLive?.(id),
        poll === false ? linkAge : Math.min(poll, linkAge),
      ),
  });
};

/** `GET {baseUrl}/sessions/:sessionId` — a checkout session, to verify a return from checkout. */
export const checkoutSessionQuery = (sessionId: string, config: EscrowQueryConfig = {}) =>
  queryOptions({
    queryKey: escrowKeys.session(sessionId),
    queryFn: ({ signal }) => getSession(config, sessionId, signal),
    enabled: !!sessionId,
    retry: retryTransient,
    retryDelay,
    staleTime: Infinity,
  });

/**
 * `queryOptions` factories for the proxy contract, usable with `useQuery`, `prefetchQuery`,
 * `ensureQueryData` and `setQueryData`, with full types. The hooks import each factory on its
 * own, so a bundle that never reads a checkout session carries neither its query nor its schema.
 */
export const escrowQueries = {
  detail: escrowDetailQuery,
  proof: escrowProofQuery,
  session: checkoutSessionQuery,
};
