import type {
  CheckoutSessionCreated,
  DirectActionResult,
  Escrow,
  EscrowAction,
  EscrowApiError,
} from '@kit/hooks';
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

interface ActionButtonBaseProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> {
  /**
   * The escrow the action is for. Nothing is fetched before a click: the click creates the
   * checkout session (`useCreateCheckoutSession`) or takes the direct action
   * (`useDirectAction`), busy meanwhile, its failure shown below.
   * @default escrow.id
   */
  escrowId?: string;
  /** The escrow the action is for, when you have it rather than its id (only `id` is read). */
  escrow?: Escrow;
  /**
   * The user's next step (drives `data-action`): one of DHMAD's ten checkout actions, done on
   * its hosted checkout page, or one of the three direct actions, done in place without leaving
   * the page (dhmad-api.md §7): `deliver` (the seller; DHMAD refuses with 409
   * `PROOF_NOT_ACCEPTED` until a required proof is accepted), `reject_delivery` (the buyer, with
   * an optional reason asked in a dialog) and `cancel_pending` (a party, while `pending`).
   */
  action: EscrowAction;
  /** Checkout actions only: who performs it; omit to let your proxy use the signed-in user. */
  targetUserEmail?: string;
  /**
   * Checkout actions only: where DHMAD sends the user back; omit for the provider's
   * `redirectUrl` or your proxy's.
   */
  redirectUrl?: string;
  /** Checkout actions only: string values of at most 500 characters, echoed on the session. */
  metadata?: Record<string, string>;
  /**
   * The button label.
   * @default the action's label from messages (`action.<action>`)
   */
  children?: ReactNode;
  /**
   * Ask for confirmation first. `reject_delivery` always opens its dialog (it asks for the
   * reason).
   * @default true for `cancel_escrow`, `accept_cancellation`, `dispute`, `deliver` and
   * `cancel_pending`, else false
   */
  confirm?: boolean;
  /**
   * Checkout actions only: called with the new session before redirecting; return `false` to
   * stay on the page.
   */
  onSessionCreated?: (session: CheckoutSessionCreated) => boolean | undefined;
  /**
   * Direct actions only: called with DHMAD's `{ message, escrow }` once the action is done.
   * The escrow is already in the query cache by then, so components showing it have moved on.
   */
  onActionDone?: (result: DirectActionResult) => void;
  /** Called when the request failed (the message is shown under the button too). */
  onError?: (error: EscrowApiError) => void;
  /**
   * Checkout actions only: performs the redirect to DHMAD's hosted checkout.
   * @default (url) => window.location.assign(url)
   */
  navigate?: (url: string) => void;
  /** Disables the button. */
  disabled?: boolean;
}

/** Give the escrow's id, or the escrow itself (`escrowId` wins when both are given). */
export type ActionButtonProps = ActionButtonBaseProps & ({ escrowId: string } | { escrow: Escrow });

/** What `ActionButton` passes to the component of one kind of action. */
export type ActionButtonInnerProps = ActionButtonBaseProps & { rootRef: Ref<HTMLDivElement> };
