import { usePreferences } from '../preferences/PreferencesProvider';

/** The document's title for a page ("My orders — Souk demo"); React puts it in `<head>`. */
export function PageTitle({ children }: { children: string }) {
  const { t } = usePreferences();
  return <title>{`${children} — ${t('app.name')} (${t('app.demo')})`}</title>;
}
