import type { CheckoutAction } from '@kit/hooks/core';
import type { CheckoutPageContext } from './CheckoutPageContext';
import { checkoutActionText } from './checkoutActionText';
import { escrowAmount } from './checkoutSummary';
import { formField } from './formField';
import { type Html, html } from './html';
import { PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';
import { reviewProofForm } from './reviewProofForm';
import { submitProofForm } from './submitProofForm';

/** A form with only its submit button. */
const confirmForm = (label: string, before: Html | '' = '') =>
  html`${before}<form method="post"><div class="actions"><button type="submit">${label}</button></div></form>`;

/** A form asking for a required reason before its button (dispute, cancellation request). */
const reasonForm = ({ values, errors, session }: CheckoutPageContext, label: string) =>
  html`<form method="post">
${formField({
  kind: 'textarea',
  name: 'reason',
  label,
  error: errors.reason,
  value: values.reason,
  required: true,
  maxLength: PROOF_UPLOAD_LIMITS.maxTextLength,
})}
<div class="actions"><button type="submit">${checkoutActionText(session.action).button}</button></div>
</form>`;

/** The buyer's pending request, for the seller who answers it. */
const buyerRequest = ({ escrow }: CheckoutPageContext) => {
  const reason = escrow.cancellationRequest?.reason;
  return reason
    ? html`<p>The buyer’s reason:</p><blockquote>${reason}</blockquote>`
    : html`<p>The buyer gave no reason.</p>`;
};

const FORMS: Record<CheckoutAction, (context: CheckoutPageContext) => Html> = {
  accept_pay: (context) => confirmForm(`Pay ${escrowAmount(context)}`),
  sign_contract: () => confirmForm('Sign the contract'),
  submit_proof: submitProofForm,
  review_proof: reviewProofForm,
  complete: () => confirmForm('Confirm receipt'),
  dispute: (context) => reasonForm(context, 'What went wrong?'),
  request_cancellation: (context) => reasonForm(context, 'Why do you want to cancel?'),
  accept_cancellation: (context) => confirmForm('Accept the cancellation', buyerRequest(context)),
  reject_cancellation: (context) => confirmForm('Reject the cancellation', buyerRequest(context)),
  cancel_escrow: () => confirmForm('Cancel the escrow and refund'),
};

/**
 * The form of the session's action, posted to the page itself; an action the simulator does
 * not know (DHMAD's list may grow) gets a plain "Confirm".
 */
export function actionForm(context: CheckoutPageContext): Html {
  const { action } = context.session;
  return Object.hasOwn(FORMS, action)
    ? FORMS[action](context)
    : confirmForm(checkoutActionText(action).button);
}
