import type { SimulatorState } from '../simulatorState';
import { checkoutDocument } from './checkoutDocument';
import { html } from './html';
import { htmlPage } from './htmlPage';
import { httpOrigin } from './httpOrigin';

export interface Notice {
  /** 404, 409, 410, 413 or 400. */
  status: number;
  /** The page's `<h1>`. */
  heading: string;
  message: string;
  /** Where "Return to the app" leads (the session's `redirectUrl`); none for an unknown session. */
  backUrl?: string;
}

/**
 * A hosted checkout page that only tells the user something (an unknown, expired or used
 * session, an action no longer possible, an upload too large), with a link back to the app
 * when there is one. Never a stack trace, never JSON.
 */
export function noticePage(state: SimulatorState, notice: Notice): Promise<Response> {
  const back = notice.backUrl && httpOrigin(notice.backUrl) ? notice.backUrl : undefined;
  const main = html`<h1>${notice.heading}</h1>
<div class="notice">
<p>${notice.message}</p>
${
  back
    ? html`<p><a href="${back}">Return to the app</a></p>`
    : html`<p>Close this page and start again from the app.</p>`
}
</div>`;
  return htmlPage(state, checkoutDocument(notice.heading, main), notice.status, back);
}
