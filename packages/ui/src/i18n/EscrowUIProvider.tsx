'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { en, type MessageKey, type Messages } from './en';

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
  /** An absolute date and time. */
  formatDateTime: (value: string | number | Date) => string;
  /** "5 h 12 min" / "3 min" / "2 d 4 h": the two largest units. */
  formatDuration: (ms: number) => string;
}

const RTL = /^(ar|he|fa|ur)(-|$)/i;

function createI18n(
  locale: string,
  messages: Messages,
  dir: 'ltr' | 'rtl',
  explicit: boolean,
): KitI18n {
  const unit = (u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
  const units = { day: unit('day'), hour: unit('hour'), minute: unit('minute') };
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const currencies = new Map<string, (amount: number) => string>();
  const currencyFormat = (currency: string): ((amount: number) => string) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format;
    } catch {
      // A currency code Intl does not know: the number, then the code as given.
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
      return (amount) => `${plain.format(amount)} ${currency}`;
    }
  };
  return {
    locale,
    dir,
    explicit,
    t: (key, values) =>
      (messages[key] ?? en[key]).replace(/\{(\w+)\}/g, (match, name: string) =>
        values && name in values ? String(values[name]) : match,
      ),
    formatAmount: (amount, currency = 'TND') => {
      let format = currencies.get(currency);
      if (!format) {
        format = currencyFormat(currency);
        currencies.set(currency, format);
      }
      return format(amount);
    },
    formatDateTime: (value) => dateTime.format(new Date(value)),
    formatDuration: (ms) => {
      const minutes = Math.floor(Math.abs(ms) / 60_000);
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      const rest = minutes % 60;
      if (minutes < 1)
        return messages['deadline.lessThanAMinute'] ?? en['deadline.lessThanAMinute'];
      if (days > 0) {
        return hours > 0
          ? `${units.day.format(days)} ${units.hour.format(hours)}`
          : units.day.format(days);
      }
      if (hours > 0) {
        return rest > 0
          ? `${units.hour.format(hours)} ${units.minute.format(rest)}`
          : units.hour.format(hours);
      }
      return units.minute.format(rest);
    },
  };
}

const defaultI18n = createI18n('en', en, 'ltr', false);
const I18nContext = createContext<KitI18n>(defaultI18n);

/** Language, messages and direction for every @kit/ui component below it. */
export function EscrowUIProvider({
  locale = 'en',
  messages,
  dir,
  children,
}: EscrowUIProviderProps) {
  const value = useMemo(
    () =>
      createI18n(
        locale,
        { ...en, ...messages } as Messages,
        dir ?? (RTL.test(locale) ? 'rtl' : 'ltr'),
        true,
      ),
    [locale, messages, dir],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The nearest `EscrowUIProvider`'s language tools, or English without one. */
export function useKitI18n(): KitI18n {
  return useContext(I18nContext);
}

/** `lang` and `dir` for a component root, when a provider chose the language. */
export function rootLanguageProps(i18n: KitI18n): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return i18n.explicit ? { lang: i18n.locale, dir: i18n.dir } : {};
}
