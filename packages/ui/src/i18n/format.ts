import type { I18n } from './LanguageContext';

const formats = new Map<string, unknown>();

/** One `Intl` formatter per key (locale, options), kept: countdowns format on every tick. */
function kept<T>(key: string, create: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  kept(locale + JSON.stringify(options), () => new Intl.NumberFormat(locale, options));

/** An amount in its currency (TND shows its 3 minor units); an unknown code follows the number. */
export function formatAmount(locale: string, amount: number, currency = 'TND'): string {
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // A currency code Intl does not know: the number, then the code as given.
    return `${numberFormat(locale, { maximumFractionDigits: 3 }).format(amount)} ${currency}`;
  }
}

/**
 * An absolute date and time ("Jun 19, 2026, 2:00 PM"), in the IANA `timeZone` given (see
 * `useTimeZone`; `undefined`: the runtime's own zone, which differs between a server and its
 * users' browsers).
 */
export function formatDateTime(
  locale: string,
  value: string | number | Date,
  timeZone: string | undefined,
): string {
  return kept(
    `${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(new Date(value));
}

/** "5 h 12 min" / "3 min" / "2 d 4 h": the two largest units, "less than a minute" below one. */
export function formatDuration(i18n: I18n<'deadline.lessThanAMinute'>, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return i18n.t('deadline.lessThanAMinute');
  const parts: [number, string][] = [
    [Math.floor(minutes / 1440), 'day'],
    [Math.floor((minutes % 1440) / 60), 'hour'],
    [minutes % 60, 'minute'],
  ];
  const largest = parts.findIndex(([count]) => count > 0);
  return parts
    .slice(largest, largest + 2)
    .filter(([count]) => count > 0)
    .map(([count, unit]) =>
      numberFormat(i18n.locale, { style: 'unit', unit, unitDisplay: 'short' }).format(count),
    )
    .join(' ');
}
