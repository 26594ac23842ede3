'use client';
import {
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  type Proof,
  type SuggestedCheckoutAction,
  useEscrowKitConfig,
  useEscrowProof,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ActionButton, type ActionButtonProps } from '../ActionButton/ActionButton';
import { rootLanguageProps, useKitI18n } from '../i18n/EscrowUIProvider';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/fallbackQueryClient';

export interface CheckoutActionsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The escrow whose suggested actions to offer. */
  escrowId: string;
  /** The proof, when you already have it; else it is fetched by `escrowId`. */
  proof?: Proof | null;
  /** Whose actions to show. @default the `viewer` of `EscrowKitProvider` */
  viewerEmail?: string;
  /** Passed to each `ActionButton`. */
  redirectUrl?: string;
  /** Passed to each `ActionButton`. */
  navigate?: ActionButtonProps['navigate'];
  /** Passed to each `ActionButton`. */
  onSessionCreated?: ActionButtonProps['onSessionCreated'];
}

const lower = (email: string | undefined) => email?.trim().toLowerCase();

/** The suggestions DHMAD addresses to this viewer, limited to the ten actions the kit knows. */
export function suggestionsFor(
  proof: Proof | null | undefined,
  viewerEmail: string | undefined,
): (SuggestedCheckoutAction & { action: CheckoutAction })[] {
  const viewer = lower(viewerEmail);
  if (!viewer) return [];
  return (proof?.checkoutActions ?? []).filter(
    (s): s is SuggestedCheckoutAction & { action: CheckoutAction } =>
      (CHECKOUT_ACTIONS as readonly string[]).includes(s.action) &&
      lower(s.targetUserEmail) === viewer,
  );
}

interface ViewProps extends Omit<CheckoutActionsProps, 'proof'> {
  proof: Proof | null | undefined;
  loading: boolean;
}

const CheckoutActionsView = forwardRef<HTMLDivElement, ViewProps>(function CheckoutActionsView(
  {
    escrowId,
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
  const i18n = useKitI18n();
  const config = useEscrowKitConfig();
  const suggestions = suggestionsFor(proof, viewerEmail ?? config.viewer?.email);
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
      data-count={suggestions.length}
    >
      {suggestions.map((s) => (
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
      {!loading && suggestions.length === 0 && (
        <p className="kit-checkout-actions__empty">{i18n.t('panel.noActions')}</p>
      )}
    </div>
  );
});

const Connected = forwardRef<HTMLDivElement, CheckoutActionsProps>(function Connected(props, ref) {
  const { data, isPending } = useEscrowProof(props.escrowId);
  return <CheckoutActionsView ref={ref} {...props} proof={data} loading={isPending} />;
});

/**
 * An `ActionButton` for each checkout action DHMAD suggests (`proof.checkoutActions`) that is
 * addressed to the viewer; a short "nothing to do" line otherwise. Drives `data-count`.
 */
export const CheckoutActions = forwardRef<HTMLDivElement, CheckoutActionsProps>(
  function CheckoutActions(props, ref) {
    if (props.proof !== undefined)
      return <CheckoutActionsView ref={ref} {...props} proof={props.proof} loading={false} />;
    return (
      <EnsureQueryClient>
        <Connected ref={ref} {...props} />
      </EnsureQueryClient>
    );
  },
);
