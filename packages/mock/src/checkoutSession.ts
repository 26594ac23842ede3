import type { CheckoutAction, CheckoutSession } from '@kit/hooks/core';
import { applyDeadlines } from './applyDeadlines';
import { MINUTE_MS } from './simulatorClock';
import type { SimulatorState, StoredSession } from './simulatorState';

/** How long a checkout session can be used (seed create-checkout-session.txt: 30 minutes). */
export const SESSION_TTL_MS = 30 * MINUTE_MS;

/** The session's status now: an open session past `expiresAt` is `expired`. */
export function sessionStatus(state: SimulatorState, session: StoredSession) {
  return session.status === 'open' && state.clock.now() > session.expiresAt
    ? 'expired'
    : session.status;
}

/** The session as `GET /api/v1/sessions/:id` returns it. */
export function sessionJson(state: SimulatorState, session: StoredSession): CheckoutSession {
  const { iso } = state.clock;
  return {
    sessionId: session.sessionId,
    escrowId: session.escrowId,
    action: session.action,
    targetUserEmail: session.targetUserEmail,
    status: sessionStatus(state, session),
    ...(session.metadata ? { metadata: session.metadata } : {}),
    expiresAt: iso(session.expiresAt),
    completedAt: session.completedAt === null ? null : iso(session.completedAt),
    createdAt: iso(session.createdAt),
  };
}

export interface CheckoutSessionInput {
  escrowId: string;
  action: CheckoutAction;
  targetUserEmail: string;
  redirectUrl: string;
  metadata?: Record<string, string>;
}

/** Stores a new open session, valid for `SESSION_TTL_MS`. */
export function openCheckoutSession(
  state: SimulatorState,
  input: CheckoutSessionInput,
): StoredSession {
  const now = state.clock.now();
  const session: StoredSession = {
    sessionId: state.random.uuid(),
    ...input,
    status: 'open',
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
    completedAt: null,
  };
  state.sessions.set(session.sessionId, session);
  return session;
}

/** A session that can still be used; throws (a test's mistake) when it is unknown or no longer open. */
export function findOpenSession(state: SimulatorState, sessionId: string): StoredSession {
  applyDeadlines(state);
  const session = state.sessions.get(sessionId);
  if (!session) throw new Error(`No checkout session ${sessionId}.`);
  const status = sessionStatus(state, session);
  if (status !== 'open') {
    throw new Error(`Checkout session ${sessionId} is ${status}: it can no longer be used.`);
  }
  return session;
}

/** The last session created for an escrow. */
export function latestSessionOf(
  state: SimulatorState,
  escrowId: string,
): StoredSession | undefined {
  return [...state.sessions.values()].filter((s) => s.escrowId === escrowId).at(-1);
}
