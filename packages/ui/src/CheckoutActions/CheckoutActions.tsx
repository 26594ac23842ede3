'use client';
import {
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  type Escrow,
  expectsProof,
  getActionAvailability,
  type Proof,
  useEscrow,
  useEscrowKitConfig,
  useEscrowProof,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ActionButton, type ActionButtonProps } from '../ActionButton/ActionButton';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { checkoutActionsMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';

export interface CheckoutActionsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The escrow whose next steps to offer. */
  escrowId: string;
  /** The escrow, when you already have it (with `proof`, nothing is fetched). */
  escrow?: Escrow;
  /** The proof, when you already have it; else it is fetched by `escrowId` when the escrow has one. */
  proof?: Proof | null;
  /**
   * Whose actions to show.
   * @default the `viewer` of `EscrowKitProvider`
   */
  viewerEmail?: string;
  /** Passed to each `ActionButton`. */
  redirectUrl?: string;
  /** Passed to each `ActionButton`. */
  navigate?: ActionButtonProps['navigate'];
  /** Passed to each `ActionButton`. */
  onSessionCreated?: ActionButtonProps['onSessionCreated'];
}

/**
 * The steps that move an escrow forward. Disputes and cancellations are deliberate choices a
 * host app offers where it sees fit (with `ActionButton`), not default next steps.
 */
const NEXT_STEPS: readonly CheckoutAction[] = [
  'sign_contract',
  'accept_pay',
  'submit_proof',
  'review_proof',
  'complete',
  'accept_cancellation',
  'reject_cancellation',
];

const lower = (email: string | undefined) => email?.trim().toLowerCase() || undefined;

/**
 * The viewer's next steps: DHMAD's suggestions addressed to them (`proof.checkoutActions`),
 * then the steps DHMAD's rules allow them on this escrow. Each action once, in lifecycle order.
 */
function nextStepsFor(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
  viewerEmail: string | undefined,
): CheckoutAction[] {
  const viewer = lower(viewerEmail);
  if (!viewer) return [];
  const availability = escrow && getActionAvailability(escrow, proof, viewer);
  return [...new Set([...NEXT_STEPS, ...CHECKOUT_ACTIONS])].filter(
    (action) =>
      proof?.checkoutActions?.some(
        (s) => s.action === action && lower(s.targetUserEmail) === viewer,
      ) ||
      (NEXT_STEPS.includes(action) && availability?.[action].allowed),
  );
}

const CheckoutActionsView = forwardRef<
  HTMLDivElement,
  CheckoutActionsProps & { loading?: boolean }
>(function CheckoutActionsView(
  {
    escrowId,
    escrow,
    proof,
    loading,
    viewerEmail,
    redirectUrl,
    navigate,
    onSessionCreated,
    className,
    ...rest
  },
  ref,
) {
  const i18n = useI18n(checkoutActionsMessages);
  const config = useEscrowKitConfig();
  const viewer = viewerEmail ?? config.viewer?.email;
  const steps = nextStepsFor(escrow, proof, viewer);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: <fieldset> would be the wrong element.
    <div
      ref={ref}
      role="group"
      aria-label={i18n.t('panel.nextSteps')}
      aria-busy={loading || undefined}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-checkout-actions', className)}
      data-count={steps.length}
    >
      {steps.map((action) => (
        <ActionButton
          key={action}
          escrowId={escrowId}
          action={action}
          targetUserEmail={viewer}
          redirectUrl={redirectUrl}
          navigate={navigate}
          onSessionCreated={onSessionCreated}
        />
      ))}
      {!loading && steps.length === 0 && (
        <p className="kit-checkout-actions__empty">{i18n.t('panel.noActions')}</p>
      )}
    </div>
  );
});

/** Fetches what is not given: the escrow, and its proof when it has a proof gate. */
const Connected = forwardRef<HTMLDivElement, CheckoutActionsProps>(function Connected(props, ref) {
  const escrow = useEscrow(props.escrow ? undefined : props.escrowId);
  const data = props.escrow ?? escrow.data;
  const gated = expectsProof(data);
  const proof = useEscrowProof(props.escrowId, { enabled: gated });
  return (
    <CheckoutActionsView
      ref={ref}
      {...props}
      escrow={data}
      proof={proof.data}
      loading={(!props.escrow && escrow.isPending) || (gated && proof.isPending)}
    />
  );
});

/**
 * An `ActionButton` for each next step of the viewer: what DHMAD suggests to them
 * (`proof.checkoutActions`) and what its rules allow them now (sign, pay, upload or review
 * proof, confirm receipt, answer a cancellation request); a short "nothing to do" line
 * otherwise. Drives `data-count`.
 */
export const CheckoutActions = forwardRef<HTMLDivElement, CheckoutActionsProps>(
  function CheckoutActions(props, ref) {
    // Given data renders as is: a proof (with or without its escrow), or an escrow without proof.
    return props.proof !== undefined || (props.escrow && !expectsProof(props.escrow)) ? (
      <CheckoutActionsView ref={ref} {...props} />
    ) : (
      <EnsureQueryClient>
        <Connected ref={ref} {...props} />
      </EnsureQueryClient>
    );
  },
);
