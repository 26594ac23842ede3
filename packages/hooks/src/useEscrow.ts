'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { EscrowApiError } from './EscrowApiError';
import { escrowDetailQuery } from './escrowQueries';
import type { Escrow } from './model';
import { useEscrowQueryConfig } from './useEscrowQueryConfig';

/**
 * The escrow (status, mode, parties, `proofInfo`, `fulfillmentPolicy`, …) through your proxy.
 * Re-fetched while it waits on a party; never once completed or cancelled. Without an id
 * nothing is fetched.
 */
export function useEscrow(id: string | null | undefined): UseQueryResult<Escrow, EscrowApiError> {
  const config = useEscrowQueryConfig(id, 'useEscrow');
  return useQuery(escrowDetailQuery(id ?? '', config)) as UseQueryResult<Escrow, EscrowApiError>;
}
