import {
  type ActionRefusalCode,
  type CheckoutSession,
  checkCheckoutAction,
  type Escrow,
} from '@kit/hooks/core';
import { applyCheckoutAction, type CompleteSessionOptions } from './applyCheckoutAction';
import { findOpenSession, sessionJson } from './checkoutSession';
import { proofForRules } from './proofJson';
import type { SimulatorState, StoredSession } from './simulatorState';
import { fitsUploadBudget, MAX_UPLOAD_BYTES, uploadSize } from './uploadBudget';

/** Why the session's action is not possible now (DHMAD's rules), or `undefined` when it is. */
export function checkoutRefusal(
  state: SimulatorState,
  session: StoredSession,
): ActionRefusalCode | undefined {
  const escrow = state.escrows.get(session.escrowId) as Escrow;
  return checkCheckoutAction(
    escrow,
    proofForRules(state, escrow.id),
    session.action,
    session.targetUserEmail,
  );
}

/** The session is used: completed now, on the simulator's clock. */
function markCompleted(state: SimulatorState, session: StoredSession): void {
  session.status = 'completed';
  session.completedAt = state.clock.now();
}

/**
 * Plays the hosted checkout: the target user finishes the session's action. Throws when the
 * session is unknown, no longer open, or its action is no longer possible (a test's mistake),
 * and a `RangeError` when the attachments' `bytes` would pass the simulator's 50 MB of uploads.
 */
export function completeSession(
  state: SimulatorState,
  sessionId: string,
  options: CompleteSessionOptions = {},
): CheckoutSession {
  const session = findOpenSession(state, sessionId);
  const code = checkoutRefusal(state, session);
  if (code) throw new Error(`Checkout session ${sessionId} cannot be completed now: ${code}.`);
  if (!fitsUploadBudget(state, uploadSize(options))) {
    throw new RangeError(`A simulator keeps at most ${MAX_UPLOAD_BYTES} bytes of uploads.`);
  }
  applyCheckoutAction(state, session, options);
  markCompleted(state, session);
  return sessionJson(state, session);
}

/**
 * The hosted checkout page's form, sent: like `completeSession`, except that with
 * `checkoutProcessingMs` the session is completed now and the action applied that many real
 * milliseconds later, if DHMAD's rules still allow it then (otherwise nothing changes: someone
 * acted meanwhile).
 */
export function submitSession(
  state: SimulatorState,
  sessionId: string,
  options: CompleteSessionOptions,
): void {
  const delay = state.config.checkoutProcessingMs;
  if (delay === 0) {
    completeSession(state, sessionId, options);
    return;
  }
  const session = findOpenSession(state, sessionId);
  markCompleted(state, session);
  setTimeout(() => {
    if (!checkoutRefusal(state, session)) applyCheckoutAction(state, session, options);
  }, delay);
}

/** Plays a user who leaves the hosted checkout without finishing. */
export function abandonSession(state: SimulatorState, sessionId: string): CheckoutSession {
  const session = findOpenSession(state, sessionId);
  session.status = 'abandoned';
  return sessionJson(state, session);
}
