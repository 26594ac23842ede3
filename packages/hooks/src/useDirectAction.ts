'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  checkRejectionReason,
  type DirectAction,
  type DirectActionResult,
  isDirectAction,
  MAX_REJECTION_REASON_LENGTH,
} from './directActions';
import { type EscrowApiError, invalidRequest } from './EscrowApiError';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { escrowKeys } from './escrowKeys';
import { postDirectAction } from './postDirectAction';
import { useSingleFlight } from './useSingleFlight';

/** What `useDirectAction`'s `mutate` takes. */
export interface DirectActionInput {
  action: DirectAction;
  /** Only for `reject_delivery`: why; trimmed, at most `MAX_REJECTION_REASON_LENGTH` characters. */
  reason?: string;
}

export type UseDirectActionResult = UseMutationResult<
  DirectActionResult,
  EscrowApiError,
  DirectActionInput
>;

/** The action and reason, checked before anything is sent; the reason trimmed. */
function validate(input: DirectActionInput) {
  if (!isDirectAction(input?.action)) {
    throw invalidRequest('INVALID_ACTION', `Unknown direct action "${String(input?.action)}".`);
  }
  const checked = checkRejectionReason(input.reason);
  if (!checked.ok) {
    throw invalidRequest(
      'INVALID_REASON',
      `reason must be a string of at most ${MAX_REJECTION_REASON_LENGTH} characters.`,
    );
  }
  return checked.reason;
}

/**
 * Takes one of the three direct actions on an escrow through your proxy (dhmad-api.md §7):
 * `deliver` (the seller; DHMAD answers 409 `PROOF_NOT_ACCEPTED` until the buyer accepted the
 * proof), `reject_delivery` (the buyer, with an optional `reason`) or `cancel_pending` (either
 * party, a pending escrow). Resolves with DHMAD's `{ message, escrow }`; the escrow goes
 * straight into the cache (`setQueryData`, no extra GET) and the proof is refetched. Never
 * retried, and a second `mutate` while one is pending sends nothing.
 */
export function useDirectAction(escrowId: string): UseDirectActionResult {
  const config = useEscrowKitConfig();
  const queryClient = useQueryClient();
  const mutation = useMutation<DirectActionResult, EscrowApiError, DirectActionInput>({
    mutationKey: ['escrow-kit', 'direct-action', escrowId],
    mutationFn: async (input) => {
      const reason = validate(input);
      return postDirectAction(config, escrowId, input.action, { reason });
    },
    retry: false,
    onSuccess: ({ escrow }) => {
      queryClient.setQueryData(escrowKeys.detail(escrowId), escrow);
      return queryClient.invalidateQueries({ queryKey: escrowKeys.proof(escrowId) });
    },
  });
  return useSingleFlight(mutation);
}
