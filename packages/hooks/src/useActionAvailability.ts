'use client';
import { useMemo } from 'react';
import { type ActionAvailability, getActionAvailability } from './actionRules';
import type { EscrowApiError } from './EscrowApiError';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { expectsProof } from './expectsProof';
import type { CheckoutAction } from './model';
import { useEscrow } from './useEscrow';
import { useEscrowProof } from './useEscrowProof';

export interface UseActionAvailabilityResult {
  /** Every checkout action for the provider's viewer; `undefined` until the escrow is loaded. */
  data: Record<CheckoutAction, ActionAvailability> | undefined;
  isPending: boolean;
  error: EscrowApiError | null;
}

/**
 * `getActionAvailability` for one escrow and the provider's `viewer`, from the escrow and
 * (for Quick Escrow with Proof) its proof, sharing their cached queries.
 */
export function useActionAvailability(id: string | null | undefined): UseActionAvailabilityResult {
  const { viewer, redirectUrl } = useEscrowKitConfig();
  const escrow = useEscrow(id);
  const hasProof = expectsProof(escrow.data);
  const proof = useEscrowProof(id, { enabled: hasProof });
  const data = useMemo(
    () =>
      escrow.data
        ? getActionAvailability(escrow.data, hasProof ? proof.data : undefined, viewer?.email, {
            redirectUrl,
          })
        : undefined,
    [escrow.data, proof.data, hasProof, viewer?.email, redirectUrl],
  );
  return {
    data,
    isPending: escrow.isPending || (hasProof && proof.isPending),
    error: escrow.error ?? (hasProof ? proof.error : null),
  };
}
