import { createContext } from 'react';
import type { MessageKey, Messages } from './en';

/** What a provider chooses: the language, its direction, and the messages that replace English. */
export interface Language {
  locale: string;
  dir: 'ltr' | 'rtl';
  explicit: boolean;
  messages: Partial<Messages>;
  /** The IANA time zone dates are shown in; `undefined`: see `useTimeZone`. */
  timeZone?: string;
}

/**
 * A component's language tools: `t` knows the keys of the English groups the component passed to
 * `useI18n`, so a component can only show text that has an English default.
 */
export interface I18n<K extends MessageKey> extends Language {
  t: (key: K, values?: Record<string, string | number>) => string;
}

/** The nearest `EscrowUIProvider`'s choices; English, left to right, without one. */
export const LanguageContext = createContext<Language>({
  locale: 'en',
  dir: 'ltr',
  explicit: false,
  messages: {},
});
