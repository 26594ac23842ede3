// The same boundary schemas as src/schemas.ts, written with zod/mini, for the size comparison
// in bench/schema-size.mjs. Not shipped.
import * as z from 'zod/mini';

const str = z.string();
const optStr = z.nullish(str);
const optNum = z.optional(z.number());
const optBool = z.optional(z.boolean());
const party = z.nullish(
  z.union([
    str,
    z.looseObject({
      _id: z.optional(str),
      id: z.optional(str),
      email: z.optional(str),
      firstName: z.optional(str),
      lastName: z.optional(str),
    }),
  ]),
);
const escrow = z.looseObject({
  id: z.optional(str),
  _id: z.optional(str),
  title: z.optional(str),
  description: optStr,
  amount: optNum,
  currency: z.optional(str),
  amountTnd: optNum,
  escrowFee: optNum,
  developerFee: optNum,
  status: str,
  mode: z.optional(str),
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
  disputeTicket: z.nullish(
    z.looseObject({
      ticketNumber: z.optional(str),
      type: z.optional(str),
      subject: z.optional(str),
      status: z.optional(str),
      createdAt: optStr,
      previewReason: z.optional(str),
    }),
  ),
  signatures: z.nullish(
    z.looseObject({
      sellerSigned: optBool,
      sellerSignedAt: optStr,
      buyerSigned: optBool,
      buyerSignedAt: optStr,
      isFullySigned: optBool,
      signedAt: optStr,
    }),
  ),
  proofInfo: z.nullish(
    z.looseObject({
      phase: z.optional(str),
      uploadDeadline: optStr,
      reviewDeadline: optStr,
      correctionRounds: optNum,
    }),
  ),
  fulfillmentPolicy: z.nullish(
    z.looseObject({
      type: str,
      proofUploadDeadlineHours: optNum,
      buyerReviewDeadlineHours: optNum,
      allowedProofTypes: z.optional(z.array(str)),
    }),
  ),
  cancellationRequest: z.nullish(
    z.looseObject({ status: z.optional(str), requestedAt: optStr, reason: optStr }),
  ),
  deliveryRejections: z.optional(
    z.array(z.looseObject({ rejectedAt: optStr, reason: optStr, previousDeliveredAt: optStr })),
  ),
  createdViaThirdParty: optBool,
  createdByApplicationName: z.optional(str),
});
const attachment = z.looseObject({ mimeType: z.optional(str), viewUrl: str });
const submission = z.looseObject({
  submittedAt: optStr,
  note: optStr,
  attachments: z._default(z.array(attachment), []),
});
const proof = z.looseObject({
  phase: str,
  correctionRounds: optNum,
  uploadDeadline: optStr,
  reviewDeadline: optStr,
  submissionCount: optNum,
  submissions: z._default(z.array(submission), []),
  latestSubmission: z._default(z.nullable(submission), null),
  checkoutActions: z._default(
    z.array(
      z.looseObject({
        action: str,
        targetUserEmail: z.optional(str),
        description: z.optional(str),
      }),
    ),
    [],
  ),
});
export const escrowResponse = z.looseObject({ escrow });
export const proofResponse = z.looseObject({ proof });
export const sessionCreatedResponse = z.looseObject({ sessionId: str, url: str, expiresAt: str });
export const sessionResponse = z.looseObject({
  session: z.looseObject({
    sessionId: str,
    escrowId: z.optional(str),
    action: z.optional(str),
    targetUserEmail: z.optional(str),
    status: z.optional(str),
    metadata: z.optional(z.record(str, str)),
    expiresAt: optStr,
    completedAt: optStr,
    createdAt: optStr,
  }),
});
export const errorBody = z.looseObject({
  error: z.optional(
    z.union([
      str,
      z.looseObject({
        code: z.optional(str),
        type: z.optional(str),
        message: z.optional(str),
        user_message: z.optional(str),
      }),
    ]),
  ),
  code: z.optional(str),
  message: z.optional(str),
  details: z.optional(z.looseObject({})),
  retryAfter: z.optional(z.number()),
});
export const parse = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value);
