'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { deadlineMessages, durationMessages } from '../i18n/en';
import { formatDateTime, formatDuration } from '../i18n/format';
import { useTimeZone } from '../i18n/useTimeZone';
import { cx } from '../internal/cx';
import { useNow } from '../internal/useNow';

export interface DeadlineCountdownProps
  extends Omit<ComponentPropsWithoutRef<'time'>, 'children' | 'dateTime'> {
  /** The deadline, as DHMAD sends it (ISO 8601) or a `Date`. Nothing renders without a valid one. */
  deadline: string | Date | null | undefined;
}

/**
 * "due in 5 h 12 min" / "overdue by 3 min", in a `<time dateTime>`, measured on the server's
 * clock (`useServerClock`), not the device's. Every countdown on the page shares one timer, and
 * a tick re-renders only the countdowns. Drives `data-state` (`due`, `overdue`, or `static`
 * while server rendering and hydrating, when the absolute date is shown, in the
 * `EscrowUIProvider`'s `timeZone` or else UTC, so that both render the same text).
 */
export const DeadlineCountdown = forwardRef<HTMLTimeElement, DeadlineCountdownProps>(
  function DeadlineCountdown({ deadline, className, ...rest }, ref) {
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
  },
);
