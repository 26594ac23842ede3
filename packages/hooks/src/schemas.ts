import * as v from 'valibot';
import type { CheckoutSession, Escrow, Proof, ProofAttachment, ProofSubmission } from './model';

/**
 * Boundary validation of the proxy's answers. Objects are loose (unknown fields pass through)
 * and enumerations are plain strings (unknown values pass through); only what the kit relies
 * on is required. Each schema is typed against the public interface, so the two cannot drift.
 */
const str = v.string();
const optStr = v.nullish(str);
const optNum = v.optional(v.number());
const optBool = v.optional(v.boolean());

const party = v.nullish(
  v.union([
    str,
    v.looseObject({
      _id: v.optional(str),
      id: v.optional(str),
      email: v.optional(str),
      firstName: v.optional(str),
      lastName: v.optional(str),
    }),
  ]),
);

const escrow = v.looseObject({
  id: v.optional(str),
  _id: v.optional(str),
  title: v.optional(str),
  description: optStr,
  amount: optNum,
  currency: v.optional(str),
  amountTnd: optNum,
  escrowFee: optNum,
  developerFee: optNum,
  status: str,
  mode: v.optional(str),
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
      ticketNumber: v.optional(str),
      type: v.optional(str),
      subject: v.optional(str),
      status: v.optional(str),
      createdAt: optStr,
      previewReason: v.optional(str),
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
      phase: v.optional(str),
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
    v.looseObject({ status: v.optional(str), requestedAt: optStr, reason: optStr }),
  ),
  deliveryRejections: v.optional(
    v.array(v.looseObject({ rejectedAt: optStr, reason: optStr, previousDeliveredAt: optStr })),
  ),
  createdViaThirdParty: optBool,
  createdByApplicationName: v.optional(str),
});

const attachment: v.GenericSchema<unknown, ProofAttachment> = v.looseObject({
  mimeType: v.optional(str),
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
        targetUserEmail: v.optional(str),
        description: v.optional(str),
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

/** `GET {baseUrl}/sessions/:id` → `{ session }` */
export const sessionResponse: v.GenericSchema<unknown, { session: CheckoutSession }> =
  v.looseObject({
    session: v.looseObject({
      sessionId: str,
      escrowId: v.optional(str),
      action: v.optional(str),
      targetUserEmail: v.optional(str),
      status: v.optional(str),
      metadata: v.optional(v.record(str, str)),
      expiresAt: optStr,
      completedAt: optStr,
      createdAt: optStr,
    }),
  });
