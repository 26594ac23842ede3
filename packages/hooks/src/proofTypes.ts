/**
 * The proof types DHMAD lists for `fulfillmentPolicy.allowedProofTypes` (seed
 * quick-escrow-with-proof.txt). They are hints for your UI: DHMAD does not reject uploads by them.
 */
export const PROOF_TYPES = [
  'receipt',
  'order_confirmation',
  'product_photo',
  'tracking_proof',
  'other',
] as const;
export type ProofType = (typeof PROOF_TYPES)[number];
