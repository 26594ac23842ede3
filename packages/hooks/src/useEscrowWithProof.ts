'use client';
import type { UseQueryResult } from '@tanstack/react-query';
import type { EscrowApiError } from './EscrowApiError';
import { expectsProof } from './expectsProof';
import type { Escrow, Proof } from './model';
import { useEscrow } from './useEscrow';
import { type UseEscrowProofResult, useEscrowProof } from './useEscrowProof';

export interface UseEscrowWithProofResult {
  /** The escrow, once loaded. */
  escrow: Escrow | undefined;
  /**
   * Its proof: `null` when the escrow has none to show (`expectsProof` is false: not a Quick
   * Escrow with Proof, or not funded yet); `undefined` until the escrow and, when it has one,
   * the proof are loaded (or when loading failed).
   */
  proof: Proof | null | undefined;
  /** Whether this has a proof to show: `expectsProof(escrow)`, false until the escrow is loaded. */
  hasProof: boolean;
  /** True until the escrow and, when it has one, its proof have loaded (or failed). */
  isPending: boolean;
  /** The escrow's failure, else its proof's. */
  error: EscrowApiError | null;
  /** Fetches again what failed: the escrow, else its proof. */
  refetch: () => Promise<unknown>;
  /** The escrow query (`useEscrow`), for its own states. */
  escrowQuery: UseQueryResult<Escrow, EscrowApiError>;
  /**
   * The proof query (`useEscrowProof`), enabled only while `hasProof`; its `refresh()` fetches
   * fresh `viewUrl`s.
   */
  proofQuery: UseEscrowProofResult;
}

/**
 * An escrow, then its proof if it has one (a funded Quick Escrow with Proof): the escrow
 * through `escrowQueries.detail`, and once it says there is a proof to show, the proof through
 * `escrowQueries.proof`. Both queries are the shared cached ones, so any number of components
 * calling this for one escrow make one request per resource; an escrow without a proof policy
 * never asks for one (DHMAD answers 400). Without an id nothing is fetched.
 */
export function useEscrowWithProof(id: string | null | undefined): UseEscrowWithProofResult {
  const escrowQuery = useEscrow(id);
  const escrow = escrowQuery.data;
  const hasProof = expectsProof(escrow);
  const proofQuery = useEscrowProof(id, { enabled: hasProof });
  return {
    escrow,
    proof: escrow && (hasProof ? proofQuery.data : null),
    hasProof,
    isPending: escrowQuery.isPending || (hasProof && proofQuery.isPending),
    error: escrowQuery.error ?? (hasProof ? proofQuery.error : null),
    refetch: () =>
      escrowQuery.isError || !hasProof ? escrowQuery.refetch() : proofQuery.refresh(),
    escrowQuery,
    proofQuery,
  };
}
