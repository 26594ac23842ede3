import * as v from 'valibot';
import type { CheckoutSession, Escrow, Proof, ProofAttachment, ProofSubmission } from './model';

/**
 * Boundary validation of the proxy's answers. Objects are loose (unknown fields pass through)
 * and enumerations are plain strings (unknown values pass through); only what the kit relies
 * on is required. Each schema is typed against the public interface, so the two cannot drift.
 */
const str = v.string();
const optStr = v.nullish(str);
const optStrict = v.optional(str);
const optNum = v.optional(v.number());
const optBool = v.optional(v.boolean());

const party = v.nullish(
  v.union([
    str,
    v.looseObject({
      _id: optStrict,
      id: optStrict,
      email: optStrict,
      firstName: optStrict,
      lastName: optStrict,
    }),
  ]),
);

const escrow = v.looseObject({
  id: optStrict,
  _id: optStrict,
  title: optStrict,
  description: optStr,
  amount: optNum,
  currency: optStrict,
  amountTnd: optNum,
  escrowFee: optNum,
  developerFee: optNum,
  status: str,
  mode: optStrict,
  seller: party,
  buyer: party,
  sellerEmail: optStr,
  buyerEmail: optStr,
  estimatedDeliveryDays: optNum,
  expiresAt: optStr,
  paidAt: optStr,
  deliveredAt: optStr,
  completedAt: optStr,
  cancelledAt: optStr,
  createdAt: optStr,
  updatedAt: optStr,
  completionDeadline: optStr,
  disputeTicketId: optStr,
  disputeTicket: v.nullish(
    v.looseObject({
      ticketNumber: optStrict,
      type: optStrict,
      subject: optStrict,
      status: optStrict,
      createdAt: optStr,
      previewReason: optStrict,
    }),
  ),
  signatures: v.nullish(
    v.looseObject({
      sellerSigned: optBool,
      sellerSignedAt: optStr,
      buyerSigned: optBool,
      buyerSignedAt: optStr,
      isFullySigned: optBool,
      signedAt: optStr,
    }),
  ),
  proofInfo: v.nullish(
    v.looseObject({
      phase: optStrict,
      uploadDeadline: optStr,
      reviewDeadline: optStr,
      correctionRounds: optNum,
    }),
  ),
  fulfillmentPolicy: v.nullish(
    v.looseObject({
      type: str,
      proofUploadDeadlineHours: optNum,
      buyerReviewDeadlineHours: optNum,
      allowedProofTypes: v.optional(v.array(str)),
    }),
  ),
  cancellationRequest: v.nullish(
    v.looseObject({ status: optStrict, requestedAt: optStr, reason: optStr }),
  ),
  deliveryRejections: v.optional(
    v.array(v.looseObject({ rejectedAt: optStr, reason: optStr, previousDeliveredAt: optStr })),
  ),
  createdViaThirdParty: optBool,
  createdByApplicationName: optStrict,
});

const attachment: v.GenericSchema<unknown, ProofAttachment> = v.looseObject({
  mimeType: optStrict,
  viewUrl: str,
});

const submission: v.GenericSchema<unknown, ProofSubmission> = v.looseObject({
  submittedAt: optStr,
  note: optStr,
  attachments: v.optional(v.array(attachment), []),
});

const proof: v.GenericSchema<unknown, Proof> = v.looseObject({
  phase: str,
  correctionRounds: optNum,
  uploadDeadline: optStr,
  reviewDeadline: optStr,
  submissionCount: optNum,
  submissions: v.optional(v.array(submission), []),
  latestSubmission: v.nullish(submission, null),
  checkoutActions: v.optional(
    v.array(
      v.looseObject({
        action: str,
        targetUserEmail: optStrict,
        description: optStrict,
      }),
    ),
    [],
  ),
});

/** An escrow as DHMAD sends it: with `id`, `_id` or both (the client keeps whichever is set). */
export type RawEscrow = Omit<Escrow, 'id'> & { id?: string };

/** `GET {baseUrl}/escrows/:id` → `{ escrow }` */
export const escrowResponse: v.GenericSchema<unknown, { escrow: RawEscrow }> = v.looseObject({
  escrow,
});

/**
 * `POST {baseUrl}/escrows/:id/{deliver,reject-delivery,cancel}` → `{ message, escrow }`
 * (dhmad-api.md §7). A missing `message` reads as `''`: the escrow is what matters.
 */
export const directActionResponse: v.GenericSchema<
  unknown,
  { message: string; escrow: RawEscrow }
> = v.looseObject({ message: v.optional(str, ''), escrow });

/** What is wrong with an escrow as sent (no id at all), or `undefined`. */
export const escrowIdProblem = (escrow: RawEscrow) =>
  (escrow.id ?? escrow._id) ? undefined : 'escrow has no id';

/** The escrow with `id` set: DHMAD sends both `id` and `_id`; either one identifies it. */
export const withEscrowId = (escrow: RawEscrow): Escrow => ({
  ...escrow,
  id: (escrow.id ?? escrow._id) as string,
});

/** `GET {baseUrl}/escrows/:id/proof` → `{ proof }` */
export const proofResponse: v.GenericSchema<unknown, { proof: Proof }> = v.looseObject({ proof });

/**
 * `GET {baseUrl}/sessions/:id` → `{ session }`. Each call is marked pure so that a bundle which
 * never reads a session (no `useCheckoutReturn`) drops the schema: bundlers do not see that
 * valibot's calls have no side effects.
 */
export const sessionResponse: v.GenericSchema<unknown, { session: CheckoutSession }> =
  /* @__PURE__ */ v.looseObject({
    session: /* @__PURE__ */ v.looseObject({
      sessionId: str,
      escrowId: optStrict,
      action: optStrict,
      targetUserEmail: optStrict,
      status: optStrict,
      metadata: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.record(str, str)),
      expiresAt: optStr,
      completedAt: optStr,
      createdAt: optStr,
    }),
  });
