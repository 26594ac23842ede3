import { sessionJson } from '../checkoutSession';
import { jsonResponse } from '../jsonResponse';
import type { RouteContext } from '../routeTable';

/** `GET /sessions/:id` → `{ session }`, or 404 `Checkout session not found`. */
export function getSessionRoute({ state, params }: RouteContext): Response {
  const session = state.sessions.get(params.id ?? '');
  return session
    ? jsonResponse({ session: sessionJson(state, session) })
    : jsonResponse({ error: 'Checkout session not found' }, 404);
}
