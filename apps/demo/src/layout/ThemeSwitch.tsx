import { usePreferences } from '../preferences/PreferencesProvider';

/** A toggle button for the dark theme (`aria-pressed`). */
export function ThemeSwitch() {
  const { theme, setTheme, t } = usePreferences();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      {t('prefs.dark')}
    </button>
  );
}
