'use client';
import type { ProofSubmission } from '@kit/hooks';
import { useTimeZone } from '../i18n/useTimeZone';
import { absoluteTime, isoDate } from './AbsoluteTime';
import { useTimelineI18n } from './useTimelineI18n';

/** Every submission, oldest first, with its date, note (as text) and number of files. */
export function SubmissionHistory({ submissions }: { submissions: ProofSubmission[] }) {
  const i18n = useTimelineI18n();
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
