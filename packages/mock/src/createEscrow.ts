import type { Escrow } from '@kit/hooks/core';
import { amountInTnd, type SupportedCurrency } from './amountInTnd';
import { badRequest } from './jsonResponse';
import type { JsonObject } from './readJsonBody';
import type { SimulatorState } from './simulatorState';
import { validateEscrowInput } from './validateEscrowInput';

export type CreateEscrowResult = { ok: true; escrow: Escrow } | { ok: false; response: Response };

const roundMillimes = (value: number) => Math.round(value * 1000) / 1000;

function fulfillmentPolicy(policy: JsonObject | undefined): Partial<Escrow> {
  if (!policy) return {};
  return {
    fulfillmentPolicy: {
      type: 'purchase_proof_required',
      proofUploadDeadlineHours: (policy.proofUploadDeadlineHours as number | undefined) ?? 24,
      buyerReviewDeadlineHours: (policy.buyerReviewDeadlineHours as number | undefined) ?? 24,
      ...(policy.allowedProofTypes
        ? { allowedProofTypes: policy.allowedProofTypes as string[] }
        : {}),
    },
  };
}

/**
 * Creates a pending escrow from a `POST /api/v1/escrows` body, as DHMAD does: the seller is
 * `sellerEmail` or the developer account's user, a 5 % fee, the amount also in TND, and a
 * contract awaiting signatures in standard mode. An invalid body gives DHMAD's 400 with one
 * detail per field. `id` replaces the generated id (scenarios use their name).
 */
export function createEscrow(
  state: SimulatorState,
  body: JsonObject,
  id?: string,
): CreateEscrowResult {
  const problems = validateEscrowInput(body);
  if (Object.keys(problems).length > 0) {
    return { ok: false, response: badRequest('Invalid request parameters', problems) };
  }
  const { clock } = state;
  const mode = String(body.mode ?? 'standard');
  const currency = String(body.currency ?? 'TND') as SupportedCurrency;
  const seller = (body.sellerEmail as string | undefined) ?? state.config.accountEmail;
  const buyer = body.buyerEmail as string;
  const amount = body.amount as number;
  const escrowId = id ?? state.random.objectId();
  const escrow: Escrow = {
    id: escrowId,
    _id: escrowId,
    title: (body.title as string).trim(),
    amount,
    currency,
    amountTnd: roundMillimes(amountInTnd(amount, currency)),
    escrowFee: roundMillimes(amount * 0.05),
    status: 'pending',
    mode,
    seller: { email: seller },
    sellerEmail: seller,
    buyer: { email: buyer },
    buyerEmail: buyer,
    estimatedDeliveryDays: (body.estimatedDeliveryDays as number | undefined) ?? 1,
    createdAt: clock.iso(),
    updatedAt: clock.iso(),
    paidAt: null,
    deliveredAt: null,
    completedAt: null,
    cancelledAt: null,
    createdViaThirdParty: true,
    createdByApplicationName: 'DHMAD simulator',
    signatures:
      mode === 'standard'
        ? { sellerSigned: body.autoSign === true, buyerSigned: false, isFullySigned: false }
        : null,
    ...fulfillmentPolicy(body.fulfillmentPolicy as JsonObject | undefined),
  };
  state.escrows.set(escrowId, escrow);
  return { ok: true, escrow };
}
