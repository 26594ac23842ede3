import { PROOF_TYPES } from '@kit/hooks/core';
import { amountInTnd, isSupportedCurrency } from './amountInTnd';
import { isEmail } from './isEmail';
import type { JsonObject } from './readJsonBody';

const MODES = ['standard', 'quick', 'instant'];
/** The proof types DHMAD lists for `allowedProofTypes` (seed quick-escrow-with-proof.txt). */
const isProofType = (type: unknown) => (PROOF_TYPES as readonly unknown[]).includes(type);

/** A create-escrow body's problems, one message per field (`{}` when valid). */
export type EscrowInputProblems = Record<string, string>;

function policyProblems(policy: unknown, problems: EscrowInputProblems) {
  if (typeof policy !== 'object' || policy === null) {
    problems['fulfillmentPolicy.type'] = 'type must be purchase_proof_required';
    return;
  }
  const fields = policy as JsonObject;
  if (fields.type !== 'purchase_proof_required') {
    problems['fulfillmentPolicy.type'] = 'type must be purchase_proof_required';
    return;
  }
  for (const key of ['proofUploadDeadlineHours', 'buyerReviewDeadlineHours']) {
    const hours = fields[key];
    if (hours !== undefined && !(typeof hours === 'number' && hours >= 6 && hours <= 72)) {
      problems[`fulfillmentPolicy.${key}`] = `${key} must be between 6 and 72 hours`;
    }
  }
  const types = fields.allowedProofTypes;
  if (types !== undefined && !(Array.isArray(types) && types.every(isProofType))) {
    problems['fulfillmentPolicy.allowedProofTypes'] =
      `allowedProofTypes must be among ${PROOF_TYPES.join(', ')}`;
  }
}

/** What a mode allows and requires beyond the common fields. */
function modeProblems(body: JsonObject, mode: string, problems: EscrowInputProblems) {
  const days = body.estimatedDeliveryDays;
  if (mode === 'standard') {
    if (typeof body.contractTerms !== 'string' || body.contractTerms.length === 0) {
      problems.contractTerms = 'contractTerms is required for standard escrows';
    } else if (body.contractTerms.length > 10_000) {
      problems.contractTerms = 'contractTerms must be at most 10000 characters';
    }
    if (days === undefined) problems.estimatedDeliveryDays = 'estimatedDeliveryDays is required';
    return;
  }
  if (body.contractTerms !== undefined) {
    problems.contractTerms = `contractTerms is not allowed for ${mode} escrows`;
  }
  if (body.autoSign !== undefined) {
    problems.autoSign = `autoSign is not allowed for ${mode} escrows`;
  }
  if (mode === 'quick' && days === undefined) {
    problems.estimatedDeliveryDays = 'estimatedDeliveryDays is required';
  }
  if (mode === 'instant' && body.sellerEmail !== undefined) {
    problems.sellerEmail = 'instant escrows are sold by your own account: omit sellerEmail';
  }
}

/**
 * Checks a `POST /api/v1/escrows` body against DHMAD's documented rules: title 1–200
 * characters, a positive amount of at least 5 TND (0.01 TND for instant escrows), TND/USD/EUR,
 * valid emails, whole delivery days, contract terms only (and always) for standard escrows,
 * and a purchase-proof policy only on quick escrows with deadlines of 6 to 72 hours.
 */
export function validateEscrowInput(body: JsonObject): EscrowInputProblems {
  const problems: EscrowInputProblems = {};
  const mode = body.mode ?? 'standard';
  const currency = String(body.currency ?? 'TND');
  if (typeof mode !== 'string' || !MODES.includes(mode)) {
    problems.mode = 'mode must be standard, quick or instant';
  }
  if (typeof body.title !== 'string' || body.title.trim().length < 1 || body.title.length > 200) {
    problems.title = 'title must be 1 to 200 characters';
  }
  if (typeof body.amount !== 'number' || !(body.amount > 0)) {
    problems.amount = 'Amount must be a positive number';
  }
  if (!isSupportedCurrency(currency)) problems.currency = 'currency must be TND, USD or EUR';
  if (!isEmail(body.buyerEmail)) problems.buyerEmail = 'buyerEmail must be a valid email';
  if (body.sellerEmail !== undefined && !isEmail(body.sellerEmail)) {
    problems.sellerEmail = 'sellerEmail must be a valid email';
  }
  const days = body.estimatedDeliveryDays;
  if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 1)) {
    problems.estimatedDeliveryDays = 'estimatedDeliveryDays must be a whole number of at least 1';
  }
  if (typeof mode === 'string') modeProblems(body, mode, problems);
  if (body.fulfillmentPolicy !== undefined) {
    if (mode !== 'quick') {
      problems.fulfillmentPolicy = 'fulfillmentPolicy is only valid with mode "quick"';
    } else policyProblems(body.fulfillmentPolicy, problems);
  }
  if (!problems.amount && !problems.currency && isSupportedCurrency(currency)) {
    const minimum = mode === 'instant' ? 0.01 : 5;
    if (amountInTnd(body.amount as number, currency) < minimum) {
      problems.amount = `The amount must be at least ${mode === 'instant' ? '0.01' : '5'} TND`;
    }
  }
  return problems;
}
