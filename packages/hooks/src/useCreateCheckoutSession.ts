'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { saveCheckoutRecord } from './checkoutRecord';
import { createSession } from './createSession';
import { type EscrowApiError, invalidRequest } from './EscrowApiError';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { checkMetadata, MAX_METADATA_VALUE_LENGTH } from './metadata';
import {
  type CheckoutSessionCreated,
  type CreateCheckoutSessionInput,
  isCheckoutAction,
} from './model';
import { useSingleFlight } from './useSingleFlight';

export type UseCreateCheckoutSessionResult = UseMutationResult<
  CheckoutSessionCreated,
  EscrowApiError,
  CreateCheckoutSessionInput
>;

/** The seed's rules on the request body, checked before anything is sent. */
function validate(input: CreateCheckoutSessionInput) {
  if (!isCheckoutAction(input?.action)) {
    throw invalidRequest('INVALID_ACTION', `Unknown checkout action "${String(input?.action)}".`);
  }
  const [issue] = checkMetadata(input.metadata);
  if (!issue) return;
  throw invalidRequest(
    'INVALID_METADATA',
    issue.kind === 'not_an_object'
      ? 'metadata must be an object of string values.'
      : `metadata.${issue.key} must be a string of at most ${MAX_METADATA_VALUE_LENGTH} characters.`,
  );
}

/**
 * Creates a checkout session for one escrow: `{ sessionId, url, expiresAt }`. Never retried
 * (a POST), and a second `mutate` while one is pending sends nothing. On success the session
 * is remembered in sessionStorage so `useCheckoutReturn` can verify it after the redirect.
 */
export function useCreateCheckoutSession(escrowId: string): UseCreateCheckoutSessionResult {
  const config = useEscrowKitConfig();
  const mutation = useMutation<CheckoutSessionCreated, EscrowApiError, CreateCheckoutSessionInput>({
    mutationKey: ['escrow-kit', 'checkout', escrowId],
    mutationFn: async (input) => {
      validate(input);
      const body = { ...input, redirectUrl: input.redirectUrl ?? config.redirectUrl };
      return createSession(config, escrowId, body);
    },
    retry: false,
    onSuccess: (session, input) =>
      saveCheckoutRecord({ sessionId: session.sessionId, escrowId, action: input.action }),
  });

  return useSingleFlight(mutation);
}
