'use client';
import { type Escrow, nextDeadline, type Proof, useEscrowWithProof } from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { deadlineMessages, durationMessages } from '../i18n/en';
import { formatDateTime, formatDuration } from '../i18n/format';
import { useTimeZone } from '../i18n/useTimeZone';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { useLoadPlaceholder } from '../internal/useLoadPlaceholder';
import { useNow } from '../internal/useNow';

type TimeProps = Omit<ComponentPropsWithoutRef<'time'>, 'children' | 'dateTime'>;

interface DeadlineCountdownBaseProps extends TimeProps {
  /**
   * The deadline, as DHMAD sends it (ISO 8601) or a `Date`. Nothing renders without a valid
   * one. Taken over `escrow` and `escrowId` unless `undefined`.
   */
  deadline?: string | Date | null;
  /**
   * The escrow whose next deadline to count down (nothing is fetched), with its `proof` when
   * at hand: the proof's upload or review deadline while the proof waits on a party, the
   * completion deadline once delivered (`nextDeadline` of `@kit/hooks` has the rule).
   */
  escrow?: Escrow;
  /** The escrow's proof, whose deadlines are newer than the escrow's `proofInfo`. */
  proof?: Proof | null;
  /**
   * The escrow to fetch through `@kit/hooks` (`useEscrowWithProof`) when neither `deadline`
   * nor `escrow` is given; its next deadline as with `escrow`. While loading:
   * `data-state="loading"` and `aria-busy`; a failure: `data-state="error"` and why, as text.
   */
  escrowId?: string;
}

/** Give the deadline itself, the escrow (and proof), or the escrow's id (precedence in that order). */
export type DeadlineCountdownProps = DeadlineCountdownBaseProps &
  (
    | { deadline: string | Date | null | undefined }
    | { escrow: Escrow }
    | { proof: Proof | null }
    | { escrowId: string }
  );

/**
 * "due in 5 h 12 min" / "overdue by 3 min", in a `<time dateTime>`, measured on the server's
 * clock (`useServerClock`), not the device's. Every countdown on the page shares one timer, and
 * a tick re-renders only the countdowns. Drives `data-state` (`due`, `overdue`, or `static`
 * while server rendering and hydrating, when the absolute date is shown, in the
 * `EscrowUIProvider`'s `timeZone` or else UTC, so that both render the same text; `loading` or
 * `error` while fetching by `escrowId`). Renders nothing when there is no deadline.
 */
export const DeadlineCountdown = forwardRef<HTMLTimeElement, DeadlineCountdownProps>(
  function DeadlineCountdown({ deadline, escrow, proof, escrowId, ...rest }, ref) {
    if (deadline === undefined && !escrow && proof === undefined && escrowId) {
      return (
        <EnsureQueryClient>
          <DeadlineCountdownById ref={ref} {...rest} escrowId={escrowId} />
        </EnsureQueryClient>
      );
    }
    const next = deadline === undefined ? nextDeadline(escrow, proof)?.deadline : deadline;
    return <Countdown ref={ref} {...rest} deadline={next} />;
  },
);

/** Fetches the escrow (and its proof); until they are there, says it is loading, or why it failed. */
const DeadlineCountdownById = forwardRef<HTMLTimeElement, TimeProps & { escrowId: string }>(
  function DeadlineCountdownById({ escrowId, className, ...rest }, ref) {
    const { escrow, proof, escrowQuery } = useEscrowWithProof(escrowId);
    const placeholder = useLoadPlaceholder(escrowQuery.error);
    if (escrow) {
      return (
        <DeadlineCountdown
          ref={ref}
          className={className}
          {...rest}
          escrow={escrow}
          proof={proof}
        />
      );
    }
    return (
      <time
        ref={ref}
        {...placeholder.rootProps}
        {...rest}
        className={cx('kit-root kit-countdown', className)}
        data-state={placeholder.state}
      >
        {placeholder.text}
      </time>
    );
  },
);

const Countdown = forwardRef<
  HTMLTimeElement,
  TimeProps & { deadline: string | Date | null | undefined }
>(function Countdown({ deadline, className, ...rest }, ref) {
  const i18n = useI18n(deadlineMessages, durationMessages);
  const now = useNow();
  const timeZone = useTimeZone();
  const at = deadline ? new Date(deadline).getTime() : Number.NaN;
  if (Number.isNaN(at)) return null;
  const left = at - now;
  const state = now === 0 ? 'static' : left >= 0 ? 'due' : 'overdue';
  const text =
    state === 'static'
      ? formatDateTime(i18n.locale, at, timeZone)
      : i18n.t(state === 'due' ? 'deadline.dueIn' : 'deadline.overdueBy', {
          duration: formatDuration(i18n, left),
        });
  return (
    <time
      ref={ref}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-countdown', className)}
      data-state={state}
      dateTime={new Date(at).toISOString()}
    >
      {text}
    </time>
  );
});
