import { type EscrowMode, PROOF_TYPES, type ProofType } from '@kit/hooks/core';
import * as v from 'valibot';
import { isRecord } from './isRecord';

/** The currencies an escrow can be created in (dhmad-api.md §2.5). */
const ESCROW_CURRENCIES = ['TND', 'USD', 'EUR'] as const;

/** Bounds of both proof deadlines, in hours (seed quick-escrow-with-proof.txt: "default 6–72h"). */
const PROOF_DEADLINE_HOURS = { min: 6, max: 72 } as const;

/** Quick Escrow with Proof (seed quick-escrow-with-proof.txt): only with `mode: 'quick'`. */
export interface CreateFulfillmentPolicy {
  /** Must be `purchase_proof_required`: it turns the proof gate on. */
  type: 'purchase_proof_required';
  /** Hours for the seller to upload after funding, 6–72. DHMAD's default: 24. */
  proofUploadDeadlineHours?: number;
  /** Hours for the buyer to review (auto-accepted after), 6–72. */
  buyerReviewDeadlineHours?: number;
  /** UI hints for your app, among `PROOF_TYPES`. */
  allowedProofTypes?: ProofType[];
}

/** `POST /api/v1/escrows`'s body (dhmad-api.md §2.5). */
export interface CreateEscrowInput {
  /** 1–200 characters. */
  title: string;
  /** The face amount in `currency`, positive. DHMAD also wants ≥ 5 TND (0.01 for instant) after its FX lock. */
  amount: number;
  /** @default 'TND' (DHMAD's) */
  currency?: (typeof ESCROW_CURRENCIES)[number];
  /** Invited to register when the buyer has no account. */
  buyerEmail: string;
  /** Omit to make your associated user the seller. */
  sellerEmail?: string;
  /** @default 'standard' (DHMAD's) */
  mode?: EscrowMode;
  /** Whole days, at least 1: required for standard and quick escrows (DHMAD checks). */
  estimatedDeliveryDays?: number;
  /** Standard escrows only, at most 10,000 characters (DHMAD checks). */
  contractTerms?: string;
  /** Standard escrows sold by your associated user only. */
  autoSign?: boolean;
  /** Your fee when the seller is a third party; bounds not documented (DHMAD checks). */
  developerFeePercentage?: number;
  /** Quick escrows only. */
  fulfillmentPolicy?: CreateFulfillmentPolicy;
}

const hours = v.optional(
  v.pipe(
    v.number(),
    v.minValue(PROOF_DEADLINE_HOURS.min, 'must be between 6 and 72 hours'),
    v.maxValue(PROOF_DEADLINE_HOURS.max, 'must be between 6 and 72 hours'),
  ),
);

const policy = v.looseObject({
  type: v.literal('purchase_proof_required', 'must be purchase_proof_required'),
  proofUploadDeadlineHours: hours,
  buyerReviewDeadlineHours: hours,
  allowedProofTypes: v.optional(
    v.array(v.picklist(PROOF_TYPES, `must be among ${PROOF_TYPES.join(', ')}`)),
  ),
});

/** The rules dhmad-api.md §2.5 and the seed state for the fields below; other fields are DHMAD's to check. */
const input = v.looseObject({
  title: v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.minLength(1, 'must be 1 to 200 characters'),
    v.maxLength(200, 'must be 1 to 200 characters'),
  ),
  amount: v.pipe(
    v.number('must be a number'),
    v.finite('must be a positive number'),
    v.gtValue(0, 'must be a positive number'),
  ),
  currency: v.optional(v.picklist(ESCROW_CURRENCIES, 'must be TND, USD or EUR')),
  buyerEmail: v.pipe(v.string('must be an email'), v.email('must be an email')),
  sellerEmail: v.optional(v.pipe(v.string('must be an email'), v.email('must be an email'))),
  mode: v.optional(v.string('must be a string')),
  fulfillmentPolicy: v.optional(policy),
});

/**
 * `createEscrow`'s input, checked before anything is sent: title 1–200 characters (trimmed
 * length; dhmad-api.md §2.5), a positive finite amount, currency TND/USD/EUR (§2.5), buyerEmail
 * and sellerEmail emails, and `fulfillmentPolicy` only with mode `quick`, of type
 * `purchase_proof_required`, both deadlines within 6–72 hours, `allowedProofTypes` among
 * `PROOF_TYPES` (seed quick-escrow-with-proof.txt). Returns a field → message map, `{}` when
 * valid; the field is a dotted path such as `fulfillmentPolicy.buyerReviewDeadlineHours`.
 */
export function checkEscrowInput(value: unknown): Record<string, string> {
  const result = v.safeParse(input, value, { abortPipeEarly: true });
  const problems: Record<string, string> = {};
  for (const issue of result.issues ?? []) {
    const field = v.getDotPath(issue) ?? 'input';
    problems[field] ??= field === 'input' ? 'input must be an object' : `${field} ${issue.message}`;
  }
  const { mode, fulfillmentPolicy } = isRecord(value) ? value : {};
  if (fulfillmentPolicy !== undefined && mode !== 'quick') {
    problems.fulfillmentPolicy = 'fulfillmentPolicy is only valid with mode "quick"';
  }
  return problems;
}
