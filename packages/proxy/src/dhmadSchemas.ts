import type {
  CheckoutSession,
  CheckoutSessionCreated,
  Escrow,
  Proof,
  ProofSubmission,
} from '@kit/hooks/core';
import * as v from 'valibot';

/**
 * What `createDhmadClient` checks in DHMAD's answers (dhmad-api.md §2, §3, §5, §7): only what the
 * kit relies on is required (an escrow's id and status, a proof's phase, a session's id), objects
 * are loose (every other field passes through as DHMAD sent it) and enumerations are plain
 * strings, so a new status, phase or field never breaks a call.
 */
const str = v.string();

const rawEscrow = v.pipe(
  v.looseObject({ id: v.optional(str), _id: v.optional(str), status: str }),
  v.check((escrow) => Boolean(escrow.id ?? escrow._id), 'escrow has neither id nor _id'),
  // DHMAD sends both `id` and `_id`; either one identifies the escrow.
  v.transform((escrow) => ({ ...escrow, id: (escrow.id ?? escrow._id) as string }) as Escrow),
);

/** `GET /escrows/:id` → `{ escrow }` */
export const escrowAnswer = v.looseObject({ escrow: rawEscrow });

const submission: v.GenericSchema<unknown, ProofSubmission> = v.looseObject({
  attachments: v.optional(v.array(v.looseObject({ viewUrl: str })), []),
});

/** `GET /escrows/:id/proof` → `{ proof }` (the seed's example is the proof itself: both are read). */
export const proofAnswer: v.GenericSchema<unknown, Proof> = v.pipe(
  v.union([v.looseObject({ proof: v.looseObject({ phase: str }) }), v.looseObject({ phase: str })]),
  v.transform((body) => ('proof' in body ? body.proof : body) as Record<string, unknown>),
  v.looseObject({
    phase: str,
    submissions: v.optional(v.array(submission), []),
    latestSubmission: v.nullish(submission, null),
    checkoutActions: v.optional(v.array(v.looseObject({ action: str })), []),
  }),
) as v.GenericSchema<unknown, Proof>;

/** `POST /escrows/:id/sessions` → `{ sessionId, url, expiresAt }` */
export const sessionCreatedAnswer: v.GenericSchema<unknown, CheckoutSessionCreated> = v.looseObject(
  { sessionId: str, url: str, expiresAt: str },
);

/** `GET /sessions/:sessionId` → `{ session }` */
export const sessionAnswer = v.looseObject({
  session: v.looseObject({ sessionId: str }) as v.GenericSchema<unknown, CheckoutSession>,
});

/** deliver, reject-delivery and cancel → `{ message, escrow }` (dhmad-api.md §7). */
export const directActionAnswer = v.looseObject({ message: str, escrow: rawEscrow });

/** `POST /escrows` → `{ message, escrow, contract?, url?, trackingId? }` (dhmad-api.md §2.5). */
export const escrowCreatedAnswer = v.looseObject({
  message: str,
  escrow: rawEscrow,
  contract: v.nullish(v.looseObject({})),
  url: v.optional(str),
  trackingId: v.optional(str),
});
