'use client';
import {
  type Escrow,
  expectsProof,
  type Proof,
  useEscrow,
  useEscrowKitConfig,
  useEscrowProof,
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
import { EnsureQueryClient } from '../internal/fallbackQueryClient';
import { ProofTimeline } from '../ProofTimeline/ProofTimeline';

export interface ProofPanelProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The escrow to show; fetched (with its proof) through your proxy unless `escrow` is given. */
  escrowId?: string;
  /** The escrow itself, to render without fetching. */
  escrow?: Escrow;
  /** Its proof, to render without fetching. */
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

interface ViewProps extends Omit<ProofPanelProps, 'escrow' | 'proof'> {
  escrow: Escrow;
  proof: Proof | null | undefined;
  onRefresh?: () => unknown;
}

const ProofPanelView = forwardRef<HTMLElement, ViewProps>(function ProofPanelView(
  {
    escrow,
    proof,
    onRefresh,
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
  const attachments =
    proof?.latestSubmission?.attachments ?? proof?.submissions.at(-1)?.attachments ?? [];
  const disputed = escrow.disputeTicket
    ? (escrow.disputeTicket.status ?? 'open') === 'open'
    : !!escrow.disputeTicketId;
  return (
    <article
      ref={ref}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-panel', className)}
      data-status={escrow.status}
    >
      <header className="kit-panel__header">
        {escrow.title && <Title className="kit-panel__title">{escrow.title}</Title>}
        {typeof escrow.amount === 'number' && (
          <p className="kit-panel__amount">
            <span className="kit-visually-hidden">{i18n.t('panel.amount')} </span>
            {formatAmount(i18n.locale, escrow.amount, escrow.currency)}
          </p>
        )}
        <EscrowStatusBadge
          status={escrow.status}
          phase={proof?.phase ?? escrow.proofInfo?.phase}
          disputed={disputed}
        />
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
          proof={proof ?? null}
          viewerEmail={viewer}
          navigate={navigate}
          redirectUrl={redirectUrl}
        />
      </section>
    </article>
  );
});

const Connected = forwardRef<HTMLElement, ProofPanelProps & { escrowId: string }>(
  function Connected({ escrowId, ...rest }, ref) {
    const i18n = useI18n(panelMessages, checkoutActionsMessages, loadMessages);
    const escrow = useEscrow(escrowId);
    const gated = expectsProof(escrow.data);
    const proof = useEscrowProof(escrowId, { enabled: gated });
    if (escrow.data) {
      return (
        <ProofPanelView
          ref={ref}
          escrowId={escrowId}
          escrow={escrow.data}
          proof={gated ? proof.data : null}
          onRefresh={proof.refresh}
          {...rest}
        />
      );
    }
    const {
      viewerEmail: _v,
      headingLevel: _h,
      navigate: _n,
      redirectUrl: _r,
      className,
      ...root
    } = rest;
    return (
      <article
        ref={ref}
        {...rootLanguageProps(i18n)}
        {...root}
        className={cx('kit-root kit-panel', className)}
        aria-busy={escrow.isPending || undefined}
        data-status={escrow.isError ? 'error' : 'loading'}
      >
        {escrow.isError ? (
          <div className="kit-panel__error" role="alert">
            <p>{i18n.t('error.loadEscrow')}</p>
            <button
              type="button"
              className="kit-action__secondary"
              onClick={() => void escrow.refetch()}
            >
              {i18n.t('error.retry')}
            </button>
          </div>
        ) : (
          <p className="kit-panel__loading">{i18n.t('panel.loading')}</p>
        )}
      </article>
    );
  },
);

/**
 * One escrow at a glance: title, amount and status, the proof timeline, the proof files and
 * the viewer's next steps. The one-line drop-in: `<ProofPanel escrowId={id} />`.
 * Drives `data-status` (the escrow's status, or `loading` / `error`).
 */
export const ProofPanel = forwardRef<HTMLElement, ProofPanelProps>(function ProofPanel(
  { escrow, proof, escrowId, ...rest },
  ref,
) {
  if (escrow)
    return <ProofPanelView ref={ref} escrow={escrow} proof={proof} escrowId={escrowId} {...rest} />;
  return (
    <EnsureQueryClient>
      <Connected ref={ref} escrowId={escrowId ?? ''} {...rest} />
    </EnsureQueryClient>
  );
});
