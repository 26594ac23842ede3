import { checkoutPage } from '../checkout/checkoutPage';
import { findCheckoutSession } from '../checkout/findCheckoutSession';
import { htmlPage } from '../checkout/htmlPage';
import { noticePage } from '../checkout/noticePage';
import { PROOF_UPLOAD_LIMITS } from '../checkout/PROOF_UPLOAD_LIMITS';
import { readCheckoutForm } from '../checkout/readCheckoutForm';
import { seeOther } from '../checkout/seeOther';
import { submitSession } from '../hostedCheckout';
import type { RouteContext } from '../routeTable';
import { fitsUploadBudget, MAX_UPLOAD_BYTES, uploadSize } from '../uploadBudget';
import { pagePathOf } from './showCheckoutRoute';

const MB = 1024 * 1024;
/** A body larger than the most files allowed, plus room for the rest of the form, is refused unread. */
const MAX_BODY_BYTES = PROOF_UPLOAD_LIMITS.maxFiles * PROOF_UPLOAD_LIMITS.maxFileBytes + MB;

/**
 * `POST /checkout/:sessionId` (the hosted checkout's form, urlencoded or multipart, read by
 * the platform's `request.formData()`): checks the form (`readCheckoutForm`), performs the
 * action as `simulator.completeSession` does (after `checkoutProcessingMs`), with the uploaded
 * files, and answers 303 to the
 * session's `redirectUrl`, unchanged (what DHMAD appends is not documented, dhmad-api.md §3.4).
 * Invalid input: the page again, 400, with the message next to the field and nothing changed.
 * A body or uploads too large: 413. An unknown, expired or used session, or an action no longer
 * possible (checked again once the body is read): 404, 410 or 409 pages.
 */
export async function submitCheckoutRoute({
  state,
  request,
  params,
}: RouteContext): Promise<Response> {
  const sessionId = params.sessionId ?? '';
  const before = findCheckoutSession(state, sessionId);
  if (!before.ok) return before.page;
  const backUrl = before.session.redirectUrl;
  const tooLarge = (message: string) =>
    noticePage(state, { status: 413, heading: 'These files are too large', message, backUrl });
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) {
    return tooLarge(`Upload at most ${PROOF_UPLOAD_LIMITS.maxFiles} files of 10 MB each.`);
  }
  const form = await request.formData().catch(() => undefined);
  if (!form) {
    return noticePage(state, {
      status: 400,
      heading: 'This form could not be read',
      message: 'Go back to the checkout page and send the form again.',
      backUrl,
    });
  }
  const found = findCheckoutSession(state, sessionId);
  if (!found.ok) return found.page;
  const { session, escrow } = found;
  const reading = await readCheckoutForm(session.action, form);
  if (!reading.ok) {
    const { values, errors } = reading;
    const context = { state, session, escrow, pagePath: pagePathOf(request), values, errors };
    return htmlPage(state, checkoutPage(context), 400, session.redirectUrl);
  }
  if (!fitsUploadBudget(state, uploadSize(reading.options))) {
    return tooLarge(
      `This sandbox keeps at most ${MAX_UPLOAD_BYTES / MB} MB of uploaded files and has no room for these. Restart it to start afresh.`,
    );
  }
  submitSession(state, sessionId, reading.options);
  return seeOther(session.redirectUrl);
}
