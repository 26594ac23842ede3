'use client';
import {
  type DirectAction,
  type Escrow,
  nextStepsFor,
  type Proof,
  useEscrowKitConfig,
  useEscrowWithProof,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { ActionButton, type ActionButtonProps } from '../ActionButton/ActionButton';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages, checkoutActionsMessages, loadMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { LoadError } from '../internal/LoadError';
import { useTurnAnnouncement } from './useTurnAnnouncement';

interface CheckoutActionsBaseProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The escrow whose next steps to offer: the sessions are created for it, and, when neither
   * `escrow` nor `proof` is given, it is fetched through `@kit/hooks` (`useEscrowWithProof`:
   * the escrow, then its proof when it has one). While loading, the group has `aria-busy`; a
   * failed fetch says why, with a retry button.
   * @default escrow.id
   */
  escrowId?: string;
  /** The escrow, when you already have it: rendered as is, nothing is fetched. */
  escrow?: Escrow;
  /** The proof, when you already have it: rendered as is (with `escrow` if given), nothing is fetched. */
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
  /**
   * Passed to each `ActionButton`. A direct action done here is also announced by the group
   * itself (`role="status"`): its button usually goes away as the escrow moves on.
   */
  onActionDone?: ActionButtonProps['onActionDone'];
}

/** Give the escrow's id (with `proof` to skip fetching), or the escrow itself. */
export type CheckoutActionsProps = CheckoutActionsBaseProps &
  ({ escrowId: string } | { escrow: Escrow });

interface ViewProps extends Omit<CheckoutActionsBaseProps, 'escrowId'> {
  escrowId: string;
  /** Connected mode: what is still loading, or the failure and its retry. */
  query?: { isPending: boolean; error: unknown; refetch: () => unknown };
}

const CheckoutActionsView = forwardRef<HTMLDivElement, ViewProps>(function CheckoutActionsView(
  {
    escrowId,
    escrow,
    proof,
    query,
    viewerEmail,
    redirectUrl,
    navigate,
    onSessionCreated,
    onActionDone,
    className,
    ...rest
  },
  ref,
) {
  const i18n = useI18n(checkoutActionsMessages, loadMessages, actionMessages);
  // What the group's live region says: the viewer's own direct action once done, or what the
  // other party's change gives the viewer to do.
  const [status, setStatus] = useState('');
  const config = useEscrowKitConfig();
  const viewer = viewerEmail ?? config.viewer?.email;
  const steps = nextStepsFor(escrow, proof, viewer);
  useTurnAnnouncement(escrow, proof, steps, setStatus);
  const loading = !!query?.isPending && !query.error;
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
          onActionDone={(result) => {
            setStatus(i18n.t(`done.${action as DirectAction}`));
            onActionDone?.(result);
          }}
        />
      ))}
      <p className="kit-checkout-actions__done" role="status">
        {status}
      </p>
      {query?.error && !escrow ? (
        <LoadError error={query.error} onRetry={query.refetch} />
      ) : (
        steps.length === 0 && (
          <p className="kit-checkout-actions__empty">
            {i18n.t(loading ? 'panel.loading' : 'panel.noActions')}
          </p>
        )
      )}
    </div>
  );
});

/** Fetches the escrow, then its proof when it has one. */
const Connected = forwardRef<HTMLDivElement, ViewProps>(function Connected(props, ref) {
  const query = useEscrowWithProof(props.escrowId);
  return (
    <CheckoutActionsView
      ref={ref}
      {...props}
      escrow={query.escrow}
      proof={query.proof}
      query={query}
    />
  );
});

/**
 * An `ActionButton` for each next step of the viewer (`nextStepsFor` of `@kit/hooks`): what
 * DHMAD suggests to them (`proof.checkoutActions`) and what its rules allow them now (sign,
 * pay, upload or review proof, mark as delivered, confirm receipt, answer a cancellation
 * request); a short "nothing to do" line otherwise. A direct action's success is announced in
 * the group's own polite live region, since its button goes once the escrow has moved on; so is
 * a change by the other party that gives the viewer a new step, once ("The seller uploaded
 * proof — your turn to review it.", `useTurnAnnouncement`). Given `escrow` or `proof`, renders them as they are;
 * otherwise fetches by `escrowId`. Drives `data-count`.
 */
export const CheckoutActions = forwardRef<HTMLDivElement, CheckoutActionsProps>(
  function CheckoutActions({ escrowId, ...props }, ref) {
    const id = escrowId ?? props.escrow?.id ?? '';
    return props.escrow || props.proof !== undefined ? (
      <CheckoutActionsView ref={ref} {...props} escrowId={id} />
    ) : (
      <EnsureQueryClient>
        <Connected ref={ref} {...props} escrowId={id} />
      </EnsureQueryClient>
    );
  },
);
