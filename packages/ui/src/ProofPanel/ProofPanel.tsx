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
import { AttachmentGallery, proofAttachments } from '../AttachmentGallery/AttachmentGallery';
import { CheckoutActions } from '../CheckoutActions/CheckoutActions';
import { EscrowStatusBadge } from '../EscrowStatusBadge/EscrowStatusBadge';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { checkoutActionsMessages, loadMessages, panelMessages } from '../i18n/en';
import { formatAmount } from '../i18n/format';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
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
  escrow: Escrow | undefined;
  proof: Proof | null | undefined;
  onRefresh?: () => unknown;
  /** Connected mode: the escrow query, for its loading and error states. */
  query?: { isPending: boolean; isError: boolean; refetch: () => unknown };
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
  const ticket = escrow?.disputeTicket;
  return (
    <article
      ref={ref}
      aria-busy={(!escrow && query?.isPending) || undefined}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-panel', className)}
      data-status={escrow?.status ?? (query?.isError ? 'error' : 'loading')}
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
            <EscrowStatusBadge
              status={escrow.status}
              phase={proof?.phase ?? escrow.proofInfo?.phase}
              disputed={ticket ? (ticket.status ?? 'open') === 'open' : !!escrow.disputeTicketId}
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
        </>
      ) : query?.isError ? (
        <div className="kit-panel__error" role="alert">
          <p>{i18n.t('error.loadEscrow')}</p>
          <button type="button" className="kit-action__secondary" onClick={() => query.refetch()}>
            {i18n.t('error.retry')}
          </button>
        </div>
      ) : (
        <p className="kit-panel__loading">{i18n.t('panel.loading')}</p>
      )}
    </article>
  );
});

/** Fetches the escrow, and its proof when it has a proof gate. */
const Connected = forwardRef<HTMLElement, ProofPanelProps & { escrowId: string }>(
  function Connected(props, ref) {
    const escrow = useEscrow(props.escrowId);
    const gated = expectsProof(escrow.data);
    const proof = useEscrowProof(props.escrowId, { enabled: gated });
    return (
      <ProofPanelView
        ref={ref}
        {...props}
        escrow={escrow.data}
        proof={gated ? proof.data : null}
        onRefresh={proof.refresh}
        query={escrow}
      />
    );
  },
);

/**
 * One escrow at a glance: title, amount and status, the proof timeline, the proof files and
 * the viewer's next steps. The one-line drop-in: `<ProofPanel escrowId={id} />`.
 * Drives `data-status` (the escrow's status, or `loading` / `error`).
 */
export const ProofPanel = forwardRef<HTMLElement, ProofPanelProps>(function ProofPanel(props, ref) {
  return props.escrow ? (
    <ProofPanelView ref={ref} {...props} escrow={props.escrow} proof={props.proof} />
  ) : (
    <EnsureQueryClient>
      <Connected ref={ref} {...props} escrowId={props.escrowId ?? ''} />
    </EnsureQueryClient>
  );
});
