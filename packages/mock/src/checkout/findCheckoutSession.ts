import type { Escrow } from '@kit/hooks/core';
import { BUSINESS_ERRORS } from '../businessErrors';
import { sessionStatus } from '../checkoutSession';
import { checkoutRefusal } from '../hostedCheckout';
import type { SimulatorState, StoredSession } from '../simulatorState';
import { type Notice, noticePage } from './noticePage';

/** A session the hosted checkout can act on, or the page to answer instead. */
export type CheckoutLookup =
  | { ok: true; session: StoredSession; escrow: Escrow }
  | { ok: false; page: Promise<Response> };

/**
 * The open session behind `/checkout/:sessionId`, or the page that says why not: 404 for an
 * unknown session, 410 once it has expired (past `expiresAt` on the simulator's clock) or was
 * already completed or abandoned, and, unless `anyAction` (abandoning needs no possible
 * action), 409 when DHMAD's rules no longer allow its action (someone acted meanwhile).
 */
export function findCheckoutSession(
  state: SimulatorState,
  sessionId: string,
  anyAction = false,
): CheckoutLookup {
  const session = state.sessions.get(sessionId);
  const escrow = session && state.escrows.get(session.escrowId);
  const refuse = (notice: Notice): CheckoutLookup => ({
    ok: false,
    page: noticePage(state, notice),
  });
  if (!session || !escrow) {
    return refuse({
      status: 404,
      heading: 'Checkout session not found',
      message: 'This checkout link does not match any session.',
    });
  }
  const backUrl = session.redirectUrl;
  const status = sessionStatus(state, session);
  if (status === 'expired') {
    return refuse({
      status: 410,
      heading: 'This checkout session has expired',
      message: 'Checkout links work for 30 minutes. Return to the app and start again.',
      backUrl,
    });
  }
  if (status !== 'open') {
    return refuse({
      status: 410,
      heading: 'This checkout link was already used',
      message: `This session was ${status === 'abandoned' ? 'abandoned' : 'completed'}: a checkout link works once.`,
      backUrl,
    });
  }
  const code = anyAction ? undefined : checkoutRefusal(state, session);
  if (code) {
    return refuse({
      status: 409,
      heading: 'This can no longer be done',
      message:
        BUSINESS_ERRORS[code]?.user_message ??
        'Something changed since this checkout started. Return to the app to see where things stand.',
      backUrl,
    });
  }
  return { ok: true, session, escrow };
}
