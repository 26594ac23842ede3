'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getActionAvailability } from './actionRules';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { escrowKeys } from './escrowKeys';
import type { CheckoutAction } from './model';
import { useEscrowWithProof } from './useEscrowWithProof';

/**
 * When `useCheckoutReturn` looks again (ms after the return, one after the other) at an escrow
 * that DHMAD's completed session has not moved yet: about 30 s in all. Not documented by DHMAD:
 * chosen because its webhook usually moves the escrow within seconds of the redirect, and a
 * buyer should not wait on "Confirming…" much longer than a payment page would make them.
 */
export const CHECKOUT_RECHECK_DELAYS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 15_000];

/**
 * Whether the escrow already shows the effect of a completed checkout `action`: `false` while
 * DHMAD's rules still offer the viewer that same action on the loaded escrow and proof (DHMAD
 * redirected back before the change reached the escrow), `true` once they do not, and `true`
 * after the re-checks of `CHECKOUT_RECHECK_DELAYS` ran out (the session is DHMAD's word; the
 * page's own queries keep refreshing), when the escrow cannot be read, or when the rules cannot
 * tell (no viewer email, an action the viewer was not offered). Each live event for the escrow
 * refetches it too, so the answer usually flips well before the first re-check.
 */
export function useCheckoutEffect(
  escrowId: string | undefined,
  action: CheckoutAction | undefined,
): boolean {
  const { viewer } = useEscrowKitConfig();
  const queryClient = useQueryClient();
  const { escrow, proof, error } = useEscrowWithProof(escrowId);
  const [gaveUp, setGaveUp] = useState(false);
  const waiting =
    !!escrowId &&
    !!action &&
    !gaveUp &&
    !error &&
    (!escrow ||
      proof === undefined ||
      getActionAvailability(escrow, proof, viewer?.email)[action]?.allowed === true);

  useEffect(() => {
    if (!waiting || !escrowId) return;
    let step = 0;
    let over = false;
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(async () => {
        await queryClient.invalidateQueries({ queryKey: escrowKeys.escrow(escrowId) });
        step += 1;
        if (over) return;
        if (step < CHECKOUT_RECHECK_DELAYS.length) next();
        else setGaveUp(true);
      }, CHECKOUT_RECHECK_DELAYS[step]);
    };
    next();
    return () => {
      over = true;
      clearTimeout(timer);
    };
  }, [waiting, escrowId, queryClient]);

  return !waiting;
}
