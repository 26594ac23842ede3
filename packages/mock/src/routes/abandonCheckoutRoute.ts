import { findCheckoutSession } from '../checkout/findCheckoutSession';
import { seeOther } from '../checkout/seeOther';
import { abandonSession } from '../hostedCheckout';
import type { RouteContext } from '../routeTable';

/**
 * `GET /checkout/:sessionId/abandon` (the hosted checkout's "Abandon and return to the app"):
 * the session is abandoned, as `simulator.abandonSession`, and the user is sent back with a 303
 * to its `redirectUrl`; 404 or 410 pages for an unknown, expired or used session. Abandoning
 * does not need the action to be possible still.
 */
export async function abandonCheckoutRoute({ state, params }: RouteContext): Promise<Response> {
  const found = findCheckoutSession(state, params.sessionId ?? '', true);
  if (!found.ok) return found.page;
  abandonSession(state, found.session.sessionId);
  return seeOther(found.session.redirectUrl);
}
