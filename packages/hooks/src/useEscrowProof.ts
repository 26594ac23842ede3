'use client';
import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { EscrowApiError } from './EscrowApiError';
import { escrowKeys } from './escrowKeys';
import { escrowDetailQuery, escrowProofQuery, TERMINAL_STATUSES } from './escrowQueries';
import type { Escrow, Proof } from './model';
import { useEscrowQueryConfig } from './useEscrowQueryConfig';

export type UseEscrowProofResult = UseQueryResult<Proof, EscrowApiError> & {
  /** Re-fetches the proof now, for fresh `viewUrl`s (e.g. after an image failed to load). */
  refresh: () => Promise<unknown>;
};

export interface UseEscrowProofOptions {
  /** @default true */
  enabled?: boolean;
}

/**
 * The proof of a Quick Escrow with Proof: phase, deadlines, rounds, submissions, attachments
 * with time-limited `viewUrl`s, and `checkoutActions`. Kept fresh while a party has to act
 * and before its links expire; `refresh()` re-fetches on demand.
 */
export function useEscrowProof(
  id: string | null | undefined,
  options: UseEscrowProofOptions = {},
): UseEscrowProofResult {
  const config = useEscrowQueryConfig(id, 'useEscrowProof');
  const queryClient = useQueryClient();
  const base = escrowProofQuery(id ?? '', config);
  const query = useQuery({
    ...base,
    enabled: !!id && options.enabled !== false,
    // A completed or cancelled escrow stops its proof's polling too.
    refetchInterval: (q) => {
      const escrow = queryClient.getQueryData<Escrow>(escrowKeys.detail(id ?? ''));
      if (escrow && TERMINAL_STATUSES.includes(escrow.status)) return false;
      return typeof base.refetchInterval === 'function' ? base.refetchInterval(q) : false;
    },
  }) as UseQueryResult<Proof, EscrowApiError>;
  const { refetch } = query;
  const refresh = useCallback(() => refetch(), [refetch]);

  // The escrow (polled, or refreshed after checkout) reports the proof's phase too. When that
  // phase moves on and differs from the loaded proof's, the proof is stale: fetch it again.
  // This also covers a refresh that was merged into a request already on its way.
  const escrowPhase = useQuery({
    ...escrowDetailQuery(id ?? '', config),
    enabled: false,
    select: (escrow) => escrow.proofInfo?.phase,
  }).data;
  const seenPhase = useRef(escrowPhase);
  const proofPhase = query.data?.phase;
  const fetching = query.isFetching;
  useEffect(() => {
    if (escrowPhase === seenPhase.current) return;
    seenPhase.current = escrowPhase;
    if (escrowPhase && proofPhase && escrowPhase !== proofPhase && !fetching) void refetch();
  }, [escrowPhase, proofPhase, fetching, refetch]);

  return Object.assign(query, { refresh });
}
