import { formatDateTime } from '../i18n/format';
import type { Language } from '../i18n/LanguageContext';

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
