import { escrowKeys } from '@kit/hooks';
import { useKitI18n } from '@kit/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import type { DemoApiError } from '../api/DemoApiError';
import { demoApi } from '../api/demoApi';
import { usePreferences } from '../preferences/PreferencesProvider';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Simulator only: buttons that move DHMAD's clock forward (`POST /api/demo/clock`), so a
 * deadline passes now (e.g. the review deadline, for `accepted_by_timeout`); then every escrow
 * the kit shows is fetched again.
 */
export function DemoTools() {
  const { t } = usePreferences();
  const kit = useKitI18n();
  const headingId = useId();
  const queryClient = useQueryClient();
  const advance = useMutation<{ now: string }, DemoApiError, number>({
    mutationFn: demoApi.advanceClock,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: escrowKeys.all }),
  });
  return (
    <section className="card demo-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tools.title')}</h2>
      <p>{t('tools.intro')}</p>
      <div className="button-row">
        {([1, 3] as const).map((days) => (
          <button
            key={days}
            type="button"
            className="button button--secondary"
            disabled={advance.isPending}
            onClick={() => advance.mutate(days * DAY_MS)}
          >
            {t(days === 1 ? 'tools.forward1' : 'tools.forward3')}
          </button>
        ))}
      </div>
      <p role="status">
        {advance.data && t('tools.moved', { now: kit.formatDateTime(advance.data.now) })}
      </p>
      {advance.error && (
        <p role="alert" className="notice notice--danger">
          {advance.error.message}
        </p>
      )}
    </section>
  );
}
