import { DemoApiError } from '../api/DemoApiError';
import type { AppTextKey } from '../i18n/en';
import { ORDER_FIELDS, type OrderField } from './orderForm';

/** What the "New order" form shows after the server refused or failed. */
export interface OrderFormErrors {
  /** One message per field of the form, shown under it. */
  fields: Partial<Record<OrderField, string>>;
  /** Messages for the whole form (the summary): what names no field of the form. */
  form: string[];
  /** DHMAD (or the demo server) could not be reached: nothing was created, the user may retry. */
  unreachable: boolean;
}

/**
 * Codes whose per-field rules the app words itself in full: the server-side DHMAD client's
 * checks (`@kit/proxy`'s `checkEscrowInput`) and the demo server's own (`INVALID_ORDER`). Other
 * refusals come from DHMAD: the field still gets the app's words for its rule, in the user's
 * language, and DHMAD's own message (English) goes to the summary, so nothing is lost.
 */
const KNOWN_RULES = ['INVALID_ESCROW_INPUT', 'INVALID_ORDER'];

const isOrderField = (value: string): value is OrderField =>
  (ORDER_FIELDS as readonly string[]).includes(value);

/**
 * The form field a detail's dotted path names: `title`, `amount`, `buyerEmail`,
 * `estimatedDeliveryDays`, `fulfillmentPolicy.<deadline>` and `fulfillmentPolicy.allowedProofTypes`
 * (with or without an index); `undefined` for anything else (`input`, `currency`,
 * `fulfillmentPolicy` itself, …).
 */
export function fieldOfPath(path: string): OrderField | undefined {
  const [head = '', next = ''] = path.split('.');
  const name = head === 'fulfillmentPolicy' ? next : head;
  const onPolicy = ['proofUploadDeadlineHours', 'buyerReviewDeadlineHours', 'allowedProofTypes'];
  if (!isOrderField(name) || onPolicy.includes(name) !== (head === 'fulfillmentPolicy')) {
    return undefined;
  }
  return name;
}

/**
 * What to show for a failed `POST /api/demo/orders`:
 * - unreachable (no answer, or a 5xx such as the server's 502 for DHMAD): a retry message;
 * - refused with `details`: the app's words (`t`) for each field's rule under the field, and in
 *   the summary, after "Check the highlighted fields." when some field has one, the details
 *   naming no field and DHMAD's own messages (codes outside `KNOWN_RULES`);
 * - refused without details: the server's message in the summary.
 */
export function orderFormErrors(error: unknown, t: (key: AppTextKey) => string): OrderFormErrors {
  const result: OrderFormErrors = { fields: {}, form: [], unreachable: false };
  if (!(error instanceof DemoApiError) || error.status === 0 || error.status >= 500) {
    return { ...result, form: [t('newOrder.unreachable')], unreachable: true };
  }
  const known = KNOWN_RULES.includes(error.code);
  for (const [path, message] of Object.entries(error.details ?? {})) {
    const field = fieldOfPath(path);
    if (field) result.fields[field] ??= t(`newOrder.error.${field}`);
    if (!field || !known) result.form.push(message);
  }
  if (Object.keys(result.fields).length > 0) result.form.unshift(t('newOrder.invalid'));
  else if (result.form.length === 0) result.form.push(error.message);
  return result;
}
