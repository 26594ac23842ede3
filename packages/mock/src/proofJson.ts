import type { Proof, ProofAttachment } from '@kit/hooks/core';
import { issueAttachmentUrl } from './attachmentLinks';
import type { SimulatorState } from './simulatorState';
import { suggestCheckoutActions } from './suggestCheckoutActions';

/**
 * The proof as `GET /escrows/:id/proof` returns it, every attachment with a freshly minted
 * `viewUrl`; `undefined` when the escrow has no proof (yet).
 */
export function proofJson(state: SimulatorState, id: string): Proof | undefined {
  const escrow = state.escrows.get(id);
  const proof = state.proofs.get(id);
  if (!escrow || !proof) return undefined;
  const submissions = proof.submissions.map((s) => ({
    submittedAt: s.submittedAt,
    note: s.note,
    attachments: s.attachments.map(
      (a): ProofAttachment => ({ mimeType: a.mimeType, viewUrl: issueAttachmentUrl(state, a) }),
    ),
  }));
  return {
    phase: proof.phase,
    correctionRounds: proof.correctionRounds,
    uploadDeadline: proof.uploadDeadline,
    reviewDeadline: proof.reviewDeadline,
    submissionCount: submissions.length,
    submissions,
    latestSubmission: submissions.at(-1) ?? null,
    checkoutActions: suggestCheckoutActions(escrow, proof),
  };
}

/** The proof as the action rules read it: phase and suggestions, without minting links. */
export function proofForRules(state: SimulatorState, id: string): Proof | undefined {
  const escrow = state.escrows.get(id);
  const proof = state.proofs.get(id);
  if (!escrow || !proof) return undefined;
  return {
    phase: proof.phase,
    submissions: [],
    latestSubmission: null,
    checkoutActions: suggestCheckoutActions(escrow, proof),
  };
}
