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
  return { ok: true, input };
}
