'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type CheckoutRecord, clearCheckoutRecord, readCheckoutRecord } from './checkoutRecord';
import type { EscrowApiError } from './EscrowApiError';
import { useEscrowKitConfig } from './EscrowKitProvider';
import { escrowKeys } from './escrowKeys';
import { checkoutSessionQuery } from './escrowQueries';
import type { CheckoutAction, CheckoutSession } from './model';
import { useCheckoutEffect } from './useCheckoutEffect';

/**
 * `completed`: DHMAD says the session is completed and the escrow shows it; `processing`: the
 * session is completed but the escrow does not show it yet (DHMAD redirected back before its
 * webhook moved the escrow; see `useCheckoutEffect`); `abandoned`: the user left, or the session
 * expired; `unknown`: while verifying, or when the kit cannot tell.
 */
export type CheckoutOutcome = 'completed' | 'processing' | 'abandoned' | 'unknown';

export interface CheckoutReturn {
  /**
   * `completed` only when the proxy confirms the session and the escrow shows its effect;
   * `processing` in between (say "Confirming your payment…", not the escrow's old state);
   * `unknown` while verifying or when it can't tell.
   */
  outcome: CheckoutOutcome;
  /** True while the session is being verified. */
  isVerifying: boolean;
  action: CheckoutAction | undefined;
  escrowId: string | undefined;
  session: CheckoutSession | undefined;
  error: EscrowApiError | null;
  /**
   * Asks the proxy for the session again (and so the escrow, once it is confirmed): for a
   * "Check again" button when the outcome is `unknown`. `undefined` without a session id,
   * where there is nothing to ask.
   */
  recheck: (() => void) | undefined;
}

export interface UseCheckoutReturnOptions {
  /** The query string DHMAD redirected to; defaults to `location.search`. */
  search?: string;
}

/** Session statuses that mean the user left without finishing (only `completed` is documented). */
const ENDED = ['abandoned', 'expired', 'cancelled', 'canceled', 'failed'];

interface ReturnContext {
  sessionId: string | undefined;
  record: CheckoutRecord | undefined;
  hint: string | null;
}

function readContext(search: string | undefined): ReturnContext {
  const params = new URLSearchParams(
    search ?? (typeof location === 'undefined' ? '' : location.search),
  );
  const record = readCheckoutRecord();
  return {
    sessionId:
      params.get('sessionId') ??
      params.get('session_id') ??
      params.get('session') ??
      record?.sessionId,
    record,
    hint: params.get('status'),
  };
}

/** `now`: the server's time (`ServerClock.now()`), as `expiresAt` is the server's date. */
function outcomeOf(session: CheckoutSession | undefined, now: number): CheckoutOutcome {
  if (!session) return 'unknown';
  if (session.status === 'completed') return 'completed';
  if (session.status && ENDED.includes(session.status)) return 'abandoned';
  if (session.expiresAt && Date.parse(session.expiresAt) < now) return 'abandoned';
  return 'unknown';
}

/**
 * For the page DHMAD sends the user back to: verifies the checkout session through your proxy
 * (the URL's `status` is only a hint), refreshes the escrow and its proof, and reports
 * `completed`, `processing` (completed, but the escrow does not show it yet: it is re-checked
 * on each live event and on a bounded back-off, `CHECKOUT_RECHECK_DELAYS`), `abandoned` or
 * `unknown`. An open session is `abandoned` once its `expiresAt` has
 * passed on the server's clock (`useServerClock`), not the device's. Without storage or a
 * session id it reports `unknown` and makes no request.
 */
export function useCheckoutReturn(options: UseCheckoutReturnOptions = {}): CheckoutReturn {
  const config = useEscrowKitConfig();
  const queryClient = useQueryClient();
  // Read after mount: storage and location do not exist during server rendering.
  const [context, setContext] = useState<ReturnContext | null>(null);
  const { search } = options;
  useEffect(() => setContext(readContext(search)), [search]);

  const sessionId = context?.sessionId ?? '';
  const query = useQuery({
    ...checkoutSessionQuery(sessionId, config),
    // If the URL says completed but the session is not yet, DHMAD may still be finishing:
    // look again a few times before settling on `unknown`.
    refetchInterval: (q) =>
      context?.hint === 'completed' &&
      outcomeOf(q.state.data, config.serverClock.now()) === 'unknown' &&
      q.state.dataUpdateCount < 5
        ? 2_000
        : false,
  });

  const session = query.data;
  const verified = outcomeOf(session, config.serverClock.now());
  const escrowId = session?.escrowId ?? context?.record?.escrowId;
  const action = (session?.action as CheckoutAction | undefined) ?? context?.record?.action;
  const settled = useCheckoutEffect(verified === 'completed' ? escrowId : undefined, action);
  const outcome = verified === 'completed' && !settled ? 'processing' : verified;

  useEffect(() => {
    if (!session || !escrowId) return;
    void queryClient.invalidateQueries({ queryKey: escrowKeys.escrow(escrowId) });
    if (verified !== 'unknown') clearCheckoutRecord();
  }, [queryClient, session, escrowId, verified]);

  return {
    outcome,
    isVerifying: context === null || (!!sessionId && query.isPending) || query.isRefetching,
    action,
    escrowId,
    session,
    error: query.error as EscrowApiError | null,
    recheck: sessionId ? () => void query.refetch() : undefined,
  };
}
