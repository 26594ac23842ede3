'use client';
import {
  type Escrow,
  type Proof,
  proofAttachments,
  useEscrowKitConfig,
  useEscrowWithProof,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ActionButtonProps } from '../ActionButton/ActionButton';
import { AttachmentGallery } from '../AttachmentGallery/AttachmentGallery';
import { CheckoutActions } from '../CheckoutActions/CheckoutActions';
import { EscrowStatusBadge } from '../EscrowStatusBadge/EscrowStatusBadge';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { checkoutActionsMessages, loadMessages, panelMessages } from '../i18n/en';
import { formatAmount } from '../i18n/format';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { LoadError } from '../internal/LoadError';
import { ProofTimeline } from '../ProofTimeline/ProofTimeline';

interface ProofPanelBaseProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /**
   * The escrow to show, fetched through `@kit/hooks` (`useEscrowWithProof`: the escrow, then
   * its proof when it has one) unless `escrow` is given. While loading, the panel has
   * `aria-busy`; a failed fetch says why, with a retry button.
   */
  escrowId?: string;
  /** The escrow itself, to render without fetching. */
  escrow?: Escrow;
  /** Its proof, to render without fetching (with `escrow`). */
  proof?: Proof | null;
  /**
   * Whose point of view ("Your turn", which actions).
   * @default the `viewer` of `EscrowKitProvider`
   */
  viewerEmail?: string;
  /**
   * The level of the panel's title; its sections use the next level.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Passed to the checkout buttons. */
  navigate?: ActionButtonProps['navigate'];
  /** Passed to the checkout buttons. */
  redirectUrl?: string;
}

/** Give the escrow's id, or the escrow itself (and its proof); the data wins when both are given. */
export type ProofPanelProps = ProofPanelBaseProps & ({ escrowId: string } | { escrow: Escrow });

interface ViewProps extends Omit<ProofPanelBaseProps, 'escrow' | 'proof'> {
  escrow: Escrow | undefined;
  proof: Proof | null | undefined;
  onRefresh?: () => unknown;
  /** Connected mode: the escrow query, for its loading and error states. */
  query?: { isPending: boolean; error: unknown; refetch: () => unknown };
}

const ProofPanelView = forwardRef<HTMLElement, ViewProps>(function ProofPanelView(
  {
    escrow,
    proof,
    onRefresh,
    query,
    viewerEmail,
    headingLevel = 2,
    navigate,
    redirectUrl,
    className,
    escrowId,
    ...rest
  },
  ref,
) {
  const i18n = useI18n(panelMessages, checkoutActionsMessages, loadMessages);
  const config = useEscrowKitConfig();
  const viewer = viewerEmail ?? config.viewer?.email;
  const Title = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as 'h3';
  const attachments = proofAttachments(proof);
  const failed = !escrow && !!query?.error;
  return (
    <article
      ref={ref}
      aria-busy={(!escrow && !failed && query?.isPending) || undefined}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-panel', className)}
      data-status={escrow?.status ?? (failed ? 'error' : 'loading')}
    >
      {escrow ? (
        <>
          <header className="kit-panel__header">
            {escrow.title && <Title className="kit-panel__title">{escrow.title}</Title>}
            {typeof escrow.amount === 'number' && (
              <p className="kit-panel__amount">
                <span className="kit-visually-hidden">{i18n.t('panel.amount')} </span>
                {formatAmount(i18n.locale, escrow.amount, escrow.currency)}
              </p>
            )}
            <EscrowStatusBadge escrow={escrow} proof={proof} />
          </header>
          <ProofTimeline escrow={escrow} proof={proof ?? null} viewerEmail={viewer} />
          {attachments.length > 0 && (
            <section className="kit-panel__section">
              <Section className="kit-panel__heading">{i18n.t('panel.proof')}</Section>
              <AttachmentGallery attachments={attachments} onRefresh={onRefresh} />
            </section>
          )}
          <section className="kit-panel__section">
            <Section className="kit-panel__heading">{i18n.t('panel.nextSteps')}</Section>
            <CheckoutActions
              escrowId={escrowId ?? escrow.id}
              escrow={escrow}
              proof={proof}
              viewerEmail={viewer}
              navigate={navigate}
              redirectUrl={redirectUrl}
            />
          </section>
        </>
      ) : failed ? (
        <LoadError error={query.error} onRetry={query.refetch} />
      ) : (
        <p className="kit-panel__loading">{i18n.t('panel.loading')}</p>
      )}
    </article>
  );
});

/** Fetches the escrow, then its proof when it has one. */
const Connected = forwardRef<HTMLElement, Omit<ViewProps, 'escrow' | 'proof'>>(
  function Connected(props, ref) {
    const query = useEscrowWithProof(props.escrowId);
    return (
      <ProofPanelView
        ref={ref}
        {...props}
        escrow={query.escrow}
        proof={query.proof}
        onRefresh={query.proofQuery.refresh}
        query={query.escrowQuery}
      />
    );
  },
);

/**
 * One escrow at a glance: title, amount and status, the proof timeline, the proof files and
 * the viewer's next steps. The one-line drop-in: `<ProofPanel escrowId={id} />`.
 * Drives `data-status` (the escrow's status, or `loading` / `error`).
 */
export const ProofPanel = forwardRef<HTMLElement, ProofPanelProps>(function ProofPanel(
  { escrow, proof, ...props },
  ref,
) {
  return escrow ? (
    <ProofPanelView ref={ref} {...props} escrow={escrow} proof={proof} />
  ) : (
    <EnsureQueryClient>
      <Connected ref={ref} {...props} />
    </EnsureQueryClient>
  );
});
