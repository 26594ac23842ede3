'use client';
import { type ReactNode, useContext, useMemo } from 'react';
import { en, type MessageKey, type Messages } from './en';
import { formatAmount, formatDateTime, formatDuration } from './format';
import { type I18n, type Language, LanguageContext } from './LanguageContext';
import { useTimeZone } from './useTimeZone';

export interface EscrowUIProviderProps {
  /**
   * BCP 47 locale for numbers, amounts and dates (e.g. `fr-TN`, `ar-TN`).
   * @default 'en'
   */
  locale?: string;
  /**
   * Messages for that locale, e.g. `fr` from `@kit/ui/locales/fr`, or any subset of keys to
   * override; missing keys fall back to English.
   */
  messages?: Partial<Messages>;
  /**
   * Text direction.
   * @default 'rtl' for Arabic, Hebrew, Persian and Urdu locales, else 'ltr'
   */
  dir?: 'ltr' | 'rtl';
  /**
   * The IANA time zone every date is shown in (e.g. `Africa/Tunis`), as next-intl's `timeZone`.
   * Give it when you render on a server: the server's HTML then already shows the user's time.
   * A zone the runtime does not know is reported with `console.error` and UTC is used.
   * @default UTC while server rendering and hydrating (so both render the same text), then the
   * device's own zone
   */
  timeZone?: string;
  children?: ReactNode;
}

export interface KitI18n {
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Whether a provider set the language (components then mark their root with lang/dir). */
  explicit: boolean;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Amount in the escrow's currency (TND shows its 3 minor units). */
  formatAmount: (amount: number, currency?: string) => string;
  /** The IANA time zone dates are shown in; `undefined`: the device's (see `timeZone`). */
  timeZone: string | undefined;
  /** An absolute date and time, in `timeZone`. */
  formatDateTime: (value: string | number | Date) => string;
  /** "5 h 12 min" / "3 min" / "2 d 4 h": the two largest units. */
  formatDuration: (ms: number) => string;
}

const RTL = /^(ar|he|fa|ur)(-|$)/i;

/** `timeZone` when the runtime knows it; else an error on the console, and UTC. */
function knownTimeZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  try {
    // A zone the runtime does not know is a RangeError.
    Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    console.error(`EscrowUIProvider: unknown timeZone "${timeZone}", using UTC.`);
    return 'UTC';
  }
}

/** Language, messages, direction and time zone for every @kit/ui component below it. */
export function EscrowUIProvider({
  locale = 'en',
  messages = {},
  dir,
  timeZone,
  children,
}: EscrowUIProviderProps) {
  const value = useMemo(
    (): Language => ({
      locale,
      dir: dir ?? (RTL.test(locale) ? 'rtl' : 'ltr'),
      explicit: true,
      messages,
      timeZone: knownTimeZone(timeZone),
    }),
    [locale, messages, dir, timeZone],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

type KeysOf<Groups extends Partial<Messages>[]> = Groups[number] extends infer Group
  ? Group extends object
    ? keyof Group & MessageKey
    : never
  : never;

/** `language` with a `t` that reads its messages first, then the English `defaults`. */
function withDefaults<K extends MessageKey>(
  language: Language,
  defaults: Partial<Messages>[],
): I18n<K> {
  return {
    ...language,
    t: (key, values) =>
      (
        language.messages[key] ??
        (defaults.find((group) => key in group) as Partial<Messages>)[key] ??
        key
      ).replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match)),
  };
}

/**
 * The nearest provider's language, with `t` reading its messages first, then the English
 * `defaults` (groups from `./en`): a component passes only the groups it shows, so the rest of
 * the English catalogue stays out of bundles that do not use it.
 */
export function useI18n<Groups extends Partial<Messages>[]>(
  ...defaults: Groups
): I18n<KeysOf<Groups>> {
  return withDefaults(useContext(LanguageContext), defaults);
}

/**
 * The nearest `EscrowUIProvider`'s language tools, or English without one. Dates are formatted
 * in its `timeZone`, else as `useTimeZone` says (UTC until hydrated, then the device's zone).
 */
export function useKitI18n(): KitI18n {
  const language = useContext(LanguageContext);
  const timeZone = useTimeZone();
  return useMemo(() => {
    const i18n = withDefaults<MessageKey>(language, [en]);
    return {
      locale: i18n.locale,
      dir: i18n.dir,
      explicit: i18n.explicit,
      t: i18n.t,
      timeZone,
      formatAmount: (amount, currency) => formatAmount(i18n.locale, amount, currency),
      formatDateTime: (value) => formatDateTime(i18n.locale, value, timeZone),
      formatDuration: (ms) => formatDuration(i18n, ms),
    };
  }, [language, timeZone]);
}

/** `lang` and `dir` for a component root, when a provider chose the language. */
export function rootLanguageProps(i18n: Language): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return i18n.explicit ? { lang: i18n.locale, dir: i18n.dir } : {};
}
