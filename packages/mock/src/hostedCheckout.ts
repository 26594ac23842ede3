import { type CheckoutSession, checkCheckoutAction, type Escrow } from '@kit/hooks/core';
import { applyCheckoutAction, type CompleteSessionOptions } from './applyCheckoutAction';
import { findOpenSession, sessionJson } from './checkoutSession';
import { proofForRules } from './proofJson';
import type { SimulatorState } from './simulatorState';

/**
 * Plays the hosted checkout: the target user finishes the session's action. Throws when the
 * session is unknown, no longer open, or its action is no longer possible (a test's mistake).
 */
export function completeSession(
  state: SimulatorState,
  sessionId: string,
  options: CompleteSessionOptions = {},
): CheckoutSession {
  const session = findOpenSession(state, sessionId);
  const escrow = state.escrows.get(session.escrowId) as Escrow;
  const code = checkCheckoutAction(
    escrow,
    proofForRules(state, escrow.id),
    session.action,
    session.targetUserEmail,
  );
  if (code) throw new Error(`Checkout session ${sessionId} cannot be completed now: ${code}.`);
  applyCheckoutAction(state, session, options);
  session.status = 'completed';
  session.completedAt = state.clock.now();
  return sessionJson(state, session);
}

/** Plays a user who leaves the hosted checkout without finishing. */
export function abandonSession(state: SimulatorState, sessionId: string): CheckoutSession {
  const session = findOpenSession(state, sessionId);
  session.status = 'abandoned';
  return sessionJson(state, session);
}
