import type { ProofSubmission } from '@kit/hooks';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { formatDateTime } from '../i18n/format';
import type { Language } from '../i18n/LanguageContext';
import { useTimeZone } from '../i18n/useTimeZone';
import { useNow } from '../internal/useNow';
import type { TimelineI18n } from './ProofTimeline';

/*
 * The timeline's dates: the current step's deadline and the submission history, each with its
 * absolute date in the kit's language and time zone. One module, not one per part: each module
 * boundary costs the bundle its own imports.
 */

/** An ISO string for a date DHMAD sent, `undefined` when it is not a date. */
export function isoDate(value: string | null | undefined): string | undefined {
  const at = value ? new Date(value).getTime() : Number.NaN;
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/** The absolute date, in the kit's language and time zone (`useTimeZone`), in a `<time dateTime>`. */
export function absoluteTime(
  i18n: Language,
  timeZone: string | undefined,
  iso: string,
  className?: string,
) {
  return (
    <time className={className} dateTime={iso}>
      {formatDateTime(i18n.locale, iso, timeZone)}
    </time>
  );
}

/**
 * The current step's deadline: a live countdown and the absolute date. Its `data-state`
 * (`due`, `overdue`, `static` while server rendering and hydrating) follows the shared page
 * clock (the server's time), so a tick re-renders this line, not the whole timeline.
 */
export function StepDeadline({ deadline, i18n }: { deadline: string; i18n: TimelineI18n }) {
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

/** Every submission, oldest first, with its date, note (as text) and number of files. */
export function SubmissionHistory({
  submissions,
  i18n,
}: {
  submissions: ProofSubmission[];
  i18n: TimelineI18n;
}) {
  const timeZone = useTimeZone();
  // "Sent {date}" with a <time> for {date}; a translation without the placeholder: date after.
  const [sent, afterDate] = i18n.t('timeline.submittedAt').split('{date}');
  return (
    <details className="kit-timeline__history">
      <summary className="kit-timeline__summary">{i18n.t('timeline.history')}</summary>
      <ol className="kit-timeline__submissions">
        {submissions.map((submission, i) => {
          const iso = isoDate(submission.submittedAt);
          return (
            // Submissions have no id; their order never changes (oldest first).
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list without ids
            <li key={i} className="kit-timeline__submission">
              <span className="kit-timeline__submission-title">
                {i18n.t('timeline.submission', { number: i + 1 })}
              </span>
              {iso && (
                <span className="kit-timeline__submitted">
                  {afterDate === undefined ? `${sent} ` : sent}
                  {absoluteTime(i18n, timeZone, iso)}
                  {afterDate}
                </span>
              )}
              {submission.note && (
                <dl className="kit-timeline__note">
                  <dt>{i18n.t('timeline.note')}</dt>
                  <dd>{submission.note}</dd>
                </dl>
              )}
              <span className="kit-timeline__files">
                {i18n.t('timeline.files', { count: submission.attachments?.length ?? 0 })}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
