import { checkoutPage } from '../checkout/checkoutPage';
import { findCheckoutSession } from '../checkout/findCheckoutSession';
import { htmlPage } from '../checkout/htmlPage';
import type { RouteContext } from '../routeTable';

/** The page's path as requested, without a trailing slash. */
export const pagePathOf = (request: Request): string =>
  new URL(request.url).pathname.replace(/\/+$/, '');

/**
 * `GET /checkout/:sessionId` (the hosted checkout): the session's page, a plain HTML form for
 * its action; 404, 409 or 410 pages when it cannot be used (`findCheckoutSession`).
 */
export function showCheckoutRoute({ state, request, params }: RouteContext): Promise<Response> {
  const found = findCheckoutSession(state, params.sessionId ?? '');
  if (!found.ok) return found.page;
  const { session, escrow } = found;
  const context = { state, session, escrow, pagePath: pagePathOf(request), values: {}, errors: {} };
  return htmlPage(state, checkoutPage(context), 200, session.redirectUrl);
}
