'use client';
import {
  ESCROW_STATUSES,
  type Escrow,
  isDisputeOpen,
  PROOF_PHASES,
  type Proof,
  useEscrow,
} from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { statusMessages, unknownStatusMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { known } from '../internal/known';
import { useLoadPlaceholder } from '../internal/useLoadPlaceholder';

interface EscrowStatusBadgeBaseProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The escrow's status. A value the kit does not know renders as "Unknown status", never
   * throws. Drives `data-status` (`unknown` for such a value). Taken over `escrow` and
   * `escrowId` when given.
   */
  status?: string;
  /**
   * The proof phase (Quick Escrow with Proof), shown after the status while the escrow is
   * paid. Drives `data-phase`.
   * @default with `escrow`: the proof's phase, else the escrow's `proofInfo.phase`
   */
  phase?: string | null;
  /**
   * Whether a dispute is open: shown instead of the phase. Drives `data-disputed`.
   * @default with `escrow`: `isDisputeOpen(escrow)`
   */
  disputed?: boolean;
  /** The escrow to show (nothing is fetched): its status, proof phase and dispute. */
  escrow?: Escrow;
  /** Its proof, whose phase is newer than the escrow's `proofInfo` when both are at hand. */
  proof?: Proof | null;
  /**
   * The escrow to fetch through `@kit/hooks` (`useEscrow`: the escrow alone, whose `proofInfo`
   * carries the phase), when neither `status` nor `escrow` is given. While loading:
   * `data-status="loading"` and `aria-busy`; a failure: `data-status="error"` and why, as text.
   */
  escrowId?: string;
}

/** Give the status itself, the escrow, or the escrow's id (precedence in that order). */
export type EscrowStatusBadgeProps = EscrowStatusBadgeBaseProps &
  ({ status: string } | { escrow: Escrow } | { escrowId: string });

/** The escrow status (and proof phase) as a pill. */
export const EscrowStatusBadge = forwardRef<HTMLSpanElement, EscrowStatusBadgeProps>(
  function EscrowStatusBadge({ escrow, proof, escrowId, ...props }, ref) {
    if (props.status === undefined && !escrow && escrowId) {
      return (
        <EnsureQueryClient>
          <EscrowStatusBadgeById ref={ref} {...props} escrowId={escrowId} />
        </EnsureQueryClient>
      );
    }
    return (
      <StatusPill
        ref={ref}
        {...props}
        status={props.status ?? escrow?.status ?? 'unknown'}
        phase={props.phase ?? (escrow && (proof?.phase ?? escrow.proofInfo?.phase))}
        disputed={props.disputed ?? (escrow && isDisputeOpen(escrow))}
      />
    );
  },
);

type PillProps = Omit<EscrowStatusBadgeBaseProps, 'escrow' | 'proof' | 'escrowId'>;

/** Fetches the escrow; until it is there, the pill says it is loading, or why it failed. */
const EscrowStatusBadgeById = forwardRef<HTMLSpanElement, PillProps & { escrowId: string }>(
  function EscrowStatusBadgeById({ escrowId, ...props }, ref) {
    const query = useEscrow(escrowId);
    const placeholder = useLoadPlaceholder(query.error);
    if (query.data) return <EscrowStatusBadge ref={ref} {...props} escrow={query.data} />;
    return (
      <span
        ref={ref}
        {...placeholder.rootProps}
        {...props}
        className={cx('kit-root kit-badge', props.className)}
        data-status={placeholder.state}
      >
        {placeholder.text}
      </span>
    );
  },
);

const StatusPill = forwardRef<HTMLSpanElement, PillProps>(function StatusPill(
  { status = 'unknown', phase, disputed, className, ...rest },
  ref,
) {
  const i18n = useI18n(statusMessages, unknownStatusMessages);
  const knownStatus = known(status, ESCROW_STATUSES);
  const knownPhase = phase ? known(phase, PROOF_PHASES) : undefined;
  return (
    <span
      ref={ref}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-badge', className)}
      data-status={knownStatus}
      data-phase={knownPhase}
      data-disputed={disputed ? '' : undefined}
    >
      {i18n.t(`status.${knownStatus}`)}
      {disputed && <span className="kit-badge__detail">{i18n.t('status.disputed')}</span>}
      {knownPhase && status === 'paid' && !disputed && (
        <span className="kit-badge__detail">{i18n.t(`phase.${knownPhase}`)}</span>
      )}
    </span>
  );
});
