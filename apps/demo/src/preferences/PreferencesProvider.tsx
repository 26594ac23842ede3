import { EscrowUIProvider } from '@kit/ui';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { AppTextKey } from '../i18n/en';
import { isLanguage, LANGUAGES, type Language, type LanguageInfo } from '../i18n/languages';
import { storedPreference } from './storedPreference';

export type Theme = 'light' | 'dark';

export interface Preferences {
  language: Language;
  info: LanguageInfo;
  theme: Theme;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  /** The app's text for `key` in the chosen language, `{name}` placeholders filled from `values`. */
  t: (key: AppTextKey, values?: Record<string, string | number>) => string;
}

const PreferencesContext = createContext<Preferences | null>(null);

function initialLanguage(): Language {
  const stored = storedPreference.read('language');
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

function initialTheme(): Theme {
  const stored = storedPreference.read('theme');
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The language (English, Français, العربية) and theme (light, dark) the user chose, kept in
 * `localStorage` and applied to the whole document: `<html lang dir>` and the kit's
 * `data-kit-theme`. Everything below gets the kit's matching `EscrowUIProvider`.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState(initialLanguage);
  const [theme, setTheme] = useState(initialTheme);
  const info: LanguageInfo = LANGUAGES[language];

  useEffect(() => {
    const root = document.documentElement;
    root.lang = info.locale;
    root.dir = info.dir;
    storedPreference.write('language', language);
  }, [language, info]);

  useEffect(() => {
    document.documentElement.dataset.kitTheme = theme;
    storedPreference.write('theme', theme);
  }, [theme]);

  const value = useMemo<Preferences>(
    () => ({
      language,
      info,
      theme,
      setLanguage,
      setTheme,
      t: (key, values) =>
        info.app[key].replace(/\{(\w+)\}/g, (match, name: string) =>
          String(values?.[name] ?? match),
        ),
    }),
    [language, info, theme],
  );
  return (
    <PreferencesContext.Provider value={value}>
      <EscrowUIProvider locale={info.locale} messages={info.kit}>
        {children}
      </EscrowUIProvider>
    </PreferencesContext.Provider>
  );
}

/** The chosen language and theme, their setters, and the app's texts (`t`). */
export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return preferences;
}
