import { useId } from 'react';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { usePreferences } from '../preferences/PreferencesProvider';

/** English, Français, العربية: each name in its own language (and marked so for screen readers). */
export function LanguageSwitch() {
  const { language, setLanguage, t } = usePreferences();
  const id = useId();
  return (
    <div className="switch">
      <label htmlFor={id}>{t('prefs.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {Object.entries(LANGUAGES).map(([code, info]) => (
          <option key={code} value={code} lang={info.locale}>
            {info.name}
          </option>
        ))}
      </select>
    </div>
  );
}
