import { usePreferences } from '../preferences/PreferencesProvider';

/** Why something did not load (the error's message, as text) and a button to try again. */
export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => unknown }) {
  const { t } = usePreferences();
  return (
    <div role="alert" className="notice notice--danger">
      <p>{t('app.failed', { message: error.message })}</p>
      <button type="button" className="button button--secondary" onClick={() => void onRetry()}>
        {t('app.retry')}
      </button>
    </div>
  );
}
