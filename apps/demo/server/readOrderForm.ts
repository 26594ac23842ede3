import type { CreateEscrowInput, ProofType } from '@kit/proxy';

/** The "New order" form as the app posts it (numbers may arrive as the inputs' strings). */
export interface OrderForm {
  title: string;
  amount: number | string;
  buyerEmail: string;
  estimatedDeliveryDays?: number | string;
  proofUploadDeadlineHours?: number | string;
  buyerReviewDeadlineHours?: number | string;
  allowedProofTypes?: ProofType[];
}

type OrderInput = Omit<CreateEscrowInput, 'sellerEmail' | 'mode'>;

const toNumber = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/**
 * The form as `createEscrow`'s input: a quick escrow in TND with a proof policy. Only the shape
 * is checked here; the server-side client checks the rules (`INVALID_ESCROW_INPUT`, one message
 * per field) and DHMAD the rest.
 */
export function readOrderForm(
  body: unknown,
): { ok: true; input: OrderInput } | { ok: false; details: Record<string, string> } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, details: { input: 'input must be an object' } };
  }
  const form = body as Record<string, unknown>;
  const optional = (value: unknown) =>
    value === undefined || value === '' ? undefined : toNumber(value);
  const input = {
    title: typeof form.title === 'string' ? form.title : '',
    amount: toNumber(form.amount),
    currency: 'TND',
    buyerEmail: typeof form.buyerEmail === 'string' ? form.buyerEmail.trim() : '',
    estimatedDeliveryDays: optional(form.estimatedDeliveryDays) ?? 3,
    fulfillmentPolicy: {
      type: 'purchase_proof_required',
      proofUploadDeadlineHours: optional(form.proofUploadDeadlineHours),
      buyerReviewDeadlineHours: optional(form.buyerReviewDeadlineHours),
      allowedProofTypes: Array.isArray(form.allowedProofTypes) ? form.allowedProofTypes : undefined,
    },
  } as OrderInput;
  const details = demoRules(input);
  return Object.keys(details).length > 0 ? { ok: false, details } : { ok: true, input };
}

/** DHMAD's minimum for a quick escrow in TND (dhmad-api.md §2.5: modes table, "5 TND"). */
const MIN_AMOUNT_TND = 5;

/**
 * Rules DHMAD documents but only DHMAD itself checks (its refusal would then be in English
 * only): the amount at least 5 TND in whole millimes, the delivery days a whole number ≥ 1.
 */
function demoRules(input: OrderInput): Record<string, string> {
  const details: Record<string, string> = {};
  const { amount, estimatedDeliveryDays: days } = input;
  if (
    typeof amount === 'number' &&
    amount > 0 && // not positive: the client's own check says so, with the other fields'
    (amount < MIN_AMOUNT_TND || Math.abs(amount * 1000 - Math.round(amount * 1000)) > 1e-6)
  ) {
    details.amount = `amount must be at least ${MIN_AMOUNT_TND} TND, in whole millimes`;
  }
  if (typeof days === 'number' && !(Number.isInteger(days) && days >= 1)) {
    details.estimatedDeliveryDays = 'estimatedDeliveryDays must be a whole number of at least 1';
  }
  return details;
}
