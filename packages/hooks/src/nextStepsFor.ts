import { getActionAvailability } from './actionRules';
import type { EscrowAction } from './directActions';
import { sameEmail } from './emails';
import { CHECKOUT_ACTIONS, type Escrow, type Proof } from './model';

/**
 * The steps that move an escrow forward: first the answers to the other party's pending
 * cancellation request (it waits on the viewer, and accepting it ends the escrow), then the
 * rest in lifecycle order. Disputes, cancellations and a delivery rejection are deliberate
 * choices a host app offers where it sees fit, not default next steps.
 */
const NEXT_STEPS: readonly EscrowAction[] = [
  'accept_cancellation',
  'reject_cancellation',
  'sign_contract',
  'accept_pay',
  'submit_proof',
  'review_proof',
  'deliver',
  'complete',
];

/**
 * The viewer's next actions: DHMAD's suggestions addressed to them (`proof.checkoutActions`,
 * get-escrow-proof page; an action the kit does not know is left out), then the steps DHMAD's
 * rules allow them now (`getActionAvailability`: sign, pay, upload or review proof, mark as
 * delivered — the seller's direct call once a required proof is accepted — confirm receipt,
 * answer a cancellation request). Each action once: the answers to a pending cancellation
 * request first, then lifecycle order; none without a viewer. Emails compare case-insensitively.
 */
export function nextStepsFor(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
  viewerEmail: string | null | undefined,
): EscrowAction[] {
  if (!viewerEmail?.trim()) return [];
  const availability = escrow && getActionAvailability(escrow, proof, viewerEmail);
  return [...new Set<EscrowAction>([...NEXT_STEPS, ...CHECKOUT_ACTIONS])].filter(
    (action) =>
      proof?.checkoutActions?.some(
        (s) => s.action === action && sameEmail(s.targetUserEmail, viewerEmail),
      ) ||
      (NEXT_STEPS.includes(action) && availability?.[action].allowed),
  );
}
