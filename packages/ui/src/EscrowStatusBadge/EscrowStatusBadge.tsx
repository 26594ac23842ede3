'use client';
import { ESCROW_STATUSES, PROOF_PHASES } from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { statusMessages, unknownStatusMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { known } from '../internal/known';

export interface EscrowStatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The escrow's status. A value the kit does not know renders as "Unknown status", never
   * throws. Drives `data-status` (`unknown` for such a value).
   */
  status: string;
  /**
   * The proof phase (Quick Escrow with Proof), shown after the status while the escrow is
   * paid. Drives `data-phase`.
   */
  phase?: string | null;
  /** Whether a dispute is open: shown instead of the phase. Drives `data-disputed`. */
  disputed?: boolean;
}

/** The escrow status (and proof phase) as a pill. */
export const EscrowStatusBadge = forwardRef<HTMLSpanElement, EscrowStatusBadgeProps>(
  function EscrowStatusBadge({ status, phase, disputed, className, ...rest }, ref) {
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
  },
);
