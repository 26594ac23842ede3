import { actionForm } from './actionForm';
import type { CheckoutPageContext } from './CheckoutPageContext';
import { checkoutActionText } from './checkoutActionText';
import { checkoutDocument } from './checkoutDocument';
import { checkoutSummary } from './checkoutSummary';
import { type Html, html } from './html';

/**
 * The hosted checkout page of a session: the action as its heading, the summary, the action's
 * form (errors next to their fields, what was typed kept), and the "Abandon and return to the
 * app" link. The document title starts with "Error:" when a field is in error.
 */
export function checkoutPage(context: CheckoutPageContext): Html {
  const text = checkoutActionText(context.session.action);
  const hasErrors = Object.keys(context.errors).length > 0;
  const main = html`<h1>${text.heading}</h1>
${checkoutSummary(context)}
${actionForm(context)}
<p><a href="${context.pagePath}/abandon">Abandon and return to the app</a></p>`;
  return checkoutDocument(`${hasErrors ? 'Error: ' : ''}${text.heading}`, main);
}
