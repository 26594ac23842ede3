import type { ProofType } from '@kit/hooks';
import type { NewOrderInput } from '../api/demoApi';

/** The form's fields, in the order they are shown (the first invalid one gets the focus). */
export const ORDER_FIELDS = [
  'title',
  'amount',
  'buyerEmail',
  'estimatedDeliveryDays',
  'proofUploadDeadlineHours',
  'buyerReviewDeadlineHours',
  'allowedProofTypes',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** What the user typed, kept as typed (numbers as strings) so nothing is lost on a refusal. */
export interface OrderFormValues {
  title: string;
  amount: string;
  buyerEmail: string;
  estimatedDeliveryDays: string;
  proofUploadDeadlineHours: string;
  buyerReviewDeadlineHours: string;
  allowedProofTypes: ProofType[];
}

/**
 * An empty form: 3 days' delivery (the server's default), both proof deadlines at 24 hours
 * (DHMAD's default, seed quick-escrow-with-proof.txt), the first buyer chosen.
 */
export const initialOrderForm = (buyerEmail = ''): OrderFormValues => ({
  title: '',
  amount: '',
  buyerEmail,
  estimatedDeliveryDays: '3',
  proofUploadDeadlineHours: '24',
  buyerReviewDeadlineHours: '24',
  allowedProofTypes: [],
});

/** The body of `POST /api/demo/orders`: empty optional fields left out for the defaults. */
export function toNewOrderInput(values: OrderFormValues): NewOrderInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    title: values.title,
    // A decimal comma (French, Arabic keyboards) read as the decimal point the server expects.
    amount: values.amount.trim().replace(',', '.'),
    buyerEmail: values.buyerEmail,
    estimatedDeliveryDays: optional(values.estimatedDeliveryDays),
    proofUploadDeadlineHours: optional(values.proofUploadDeadlineHours),
    buyerReviewDeadlineHours: optional(values.buyerReviewDeadlineHours),
    allowedProofTypes: values.allowedProofTypes.length ? values.allowedProofTypes : undefined,
  };
}
