'use client';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { useTimeZone } from '../i18n/useTimeZone';
import { useNow } from '../internal/useNow';
import { absoluteTime, isoDate } from './AbsoluteTime';
import { useTimelineI18n } from './useTimelineI18n';

/**
 * The current step's deadline: a live countdown and the absolute date. Its `data-state`
 * (`due`, `overdue`, `static` while server rendering and hydrating) follows the shared page
 * clock (the server's time), so a tick re-renders this line, not the whole timeline.
 */
export function StepDeadline({ deadline }: { deadline: string }) {
  const i18n = useTimelineI18n();
  const now = useNow();
  const timeZone = useTimeZone();
  const iso = isoDate(deadline);
  if (!iso) return null;
  const state = now === 0 ? 'static' : Date.parse(iso) >= now ? 'due' : 'overdue';
  return (
    <p className="kit-timeline__deadline" data-state={state}>
      <span className="kit-timeline__deadline-label">{i18n.t('timeline.deadline')}</span>{' '}
      <DeadlineCountdown deadline={iso} />
      {/* While server rendering, the countdown itself shows the absolute date. */}
      {state !== 'static' && <> {absoluteTime(i18n, timeZone, iso, 'kit-timeline__date')}</>}
    </p>
  );
}
