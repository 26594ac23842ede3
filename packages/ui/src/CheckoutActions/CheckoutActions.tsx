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
import { EnsureQueryClient } from '../internal/fallbackQueryClient';

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
export function nextStepsFor(
  escrow: Escrow | undefined,
  proof: Proof | null | undefined,
  viewerEmail: string | undefined,
): { action: CheckoutAction; targetUserEmail: string }[] {
  const viewer = lower(viewerEmail);
  if (!viewer) return [];
  const wanted = new Set<CheckoutAction>();
  for (const s of proof?.checkoutActions ?? []) {
    if (
      (CHECKOUT_ACTIONS as readonly string[]).includes(s.action) &&
      lower(s.targetUserEmail) === viewer
    ) {
      wanted.add(s.action as CheckoutAction);
    }
  }
  if (escrow) {
    const availability = getActionAvailability(escrow, proof, viewer);
    for (const action of NEXT_STEPS) if (availability[action].allowed) wanted.add(action);
  }
  return NEXT_STEPS.concat(CHECKOUT_ACTIONS.filter((a) => !NEXT_STEPS.includes(a)))
    .filter((action) => wanted.has(action))
    .map((action) => ({ action, targetUserEmail: viewerEmail as string }));
}

interface ViewProps extends Omit<CheckoutActionsProps, 'proof' | 'escrow'> {
  escrow: Escrow | undefined;
  proof: Proof | null | undefined;
  loading: boolean;
}

const CheckoutActionsView = forwardRef<HTMLDivElement, ViewProps>(function CheckoutActionsView(
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
  const steps = nextStepsFor(escrow, proof, viewerEmail ?? config.viewer?.email);
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
      {steps.map((s) => (
        <ActionButton
          key={s.action}
          escrowId={escrowId}
          action={s.action}
          targetUserEmail={s.targetUserEmail}
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

const Connected = forwardRef<HTMLDivElement, CheckoutActionsProps>(function Connected(props, ref) {
  const escrow = useEscrow(props.escrow ? undefined : props.escrowId);
  const data = props.escrow ?? escrow.data;
  const proof = useEscrowProof(props.escrowId, {
    enabled: props.proof === undefined && expectsProof(data),
  });
  const proofData = props.proof !== undefined ? props.proof : proof.data;
  const loading =
    (!props.escrow && escrow.isPending) ||
    (expectsProof(data) && props.proof === undefined && proof.isPending);
  return (
    <CheckoutActionsView ref={ref} {...props} escrow={data} proof={proofData} loading={loading} />
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
    if (props.proof !== undefined || (props.escrow && !expectsProof(props.escrow))) {
      return (
        <CheckoutActionsView
          ref={ref}
          {...props}
          escrow={props.escrow}
          proof={props.proof}
          loading={false}
        />
      );
    }
    return (
      <EnsureQueryClient>
        <Connected ref={ref} {...props} />
      </EnsureQueryClient>
    );
  },
);
