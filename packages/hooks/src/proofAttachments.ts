import type { Proof, ProofAttachment } from './model';

const NO_ATTACHMENTS: readonly ProofAttachment[] = [];

/**
 * The files a proof shows: the latest submission's attachments, else the last submission's,
 * else none (the same empty array every time, so it is safe as a memo dependency). Source:
 * DHMAD's get-escrow-proof page (`latestSubmission`, `submissions`, oldest first).
 */
export function proofAttachments(proof: Proof | null | undefined): readonly ProofAttachment[] {
  return (
    proof?.latestSubmission?.attachments ?? proof?.submissions.at(-1)?.attachments ?? NO_ATTACHMENTS
  );
}
