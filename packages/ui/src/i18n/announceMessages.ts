/** English strings of one group; see `en.ts` for how the groups make up `en`. */

/**
 * What CheckoutActions (and so ProofPanel) announces when the other party's change gives the
 * viewer something to do (`useTurnAnnouncement`). `{step}` is the new step's action label.
 */
export const announceMessages = {
  'announce.proofSubmitted': 'The seller uploaded proof — your turn to review it.',
  'announce.correctionRequested':
    'The buyer asked for a correction — your turn to upload proof again.',
  'announce.paid': 'The buyer paid — your turn: {step}.',
  'announce.proofAccepted': 'The buyer accepted your proof — your turn to mark it as delivered.',
  'announce.delivered': 'The seller marked the order as delivered — your turn to confirm receipt.',
  'announce.cancellationRequested': 'The buyer asked to cancel — your turn to accept or refuse.',
  'announce.yourTurn': 'Your turn: {step}.',
} as const;
