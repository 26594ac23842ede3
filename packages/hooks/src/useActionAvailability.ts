'use client';
import { useMemo } from 'react';
import { type ActionAvailability, getActionAvailability } from './actionRules';
import type { EscrowAction } from './directActions';
import type { EscrowApiError } from './EscrowApiError';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { useEscrowWithProof } from './useEscrowWithProof';

export interface UseActionAvailabilityResult {
  /** Every action (checkout and direct) for the provider's viewer; `undefined` until the escrow is loaded. */
  data: Record<EscrowAction, ActionAvailability> | undefined;
  isPending: boolean;
  error: EscrowApiError | null;
}

/**
 * `getActionAvailability` for one escrow and the provider's `viewer`, from the escrow and
 * (for Quick Escrow with Proof) its proof, sharing their cached queries (`useEscrowWithProof`).
 */
export function useActionAvailability(id: string | null | undefined): UseActionAvailabilityResult {
  const { viewer, redirectUrl } = useEscrowKitConfig();
  const { escrow, proof, isPending, error } = useEscrowWithProof(id);
  const data = useMemo(
    () =>
      escrow ? getActionAvailability(escrow, proof, viewer?.email, { redirectUrl }) : undefined,
    [escrow, proof, viewer?.email, redirectUrl],
  );
  return { data, isPending, error };
}
