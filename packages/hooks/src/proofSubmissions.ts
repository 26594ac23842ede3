import type { Proof, ProofSubmission } from './model';

/**
 * Every submission of a proof, oldest first: `submissions`, else `latestSubmission` alone when a
 * backend sends only that (as the Quick Escrow with Proof guide's example does), else none.
 */
export function proofSubmissions(proof: Proof | null | undefined): ProofSubmission[] {
  if (proof?.submissions?.length) return proof.submissions;
  return proof?.latestSubmission ? [proof.latestSubmission] : [];
}
