import type { CheckoutPageContext } from './CheckoutPageContext';
import { checkoutActionText } from './checkoutActionText';
import { formatAmount } from './formatAmount';
import { formatTime } from './formatTime';
import { type Html, html } from './html';

/** The escrow's amount in its currency, as the page shows it (`1,800.000 TND`). */
export const escrowAmount = ({ escrow }: Pick<CheckoutPageContext, 'escrow'>): string =>
  formatAmount(escrow.amount ?? 0, escrow.currency ?? 'TND');

/**
 * What the session is about: the escrow's title and amount, the action in words, whom the
 * session is for (`targetUserEmail`) and when it expires.
 */
export function checkoutSummary(context: CheckoutPageContext): Html {
  const { state, session, escrow } = context;
  return html`<dl>
<dt>Escrow</dt><dd>${escrow.title ?? escrow.id}</dd>
<dt>Amount</dt><dd>${escrowAmount(context)}</dd>
<dt>Action</dt><dd>${checkoutActionText(session.action).description}</dd>
<dt>For</dt><dd>${session.targetUserEmail}</dd>
<dt>Expires</dt><dd><time datetime="${state.clock.iso(session.expiresAt)}">${formatTime(session.expiresAt)}</time></dd>
</dl>`;
}
