'use client';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { durationMessages, loadMessages } from '../i18n/en';
import { errorMessages } from '../i18n/errorMessages';
import { errorMessage } from './errorMessage';

/**
 * What an inline component (a badge, a countdown) shows in place of its data while fetching by
 * id: "Loading escrow…" and busy, or why it failed, as text. `state` is `loading` or `error`.
 */
export function useLoadPlaceholder(error: unknown) {
  const i18n = useI18n(loadMessages, errorMessages, durationMessages);
  const failed = !!error;
  return {
    state: failed ? 'error' : 'loading',
    rootProps: { 'aria-busy': !failed || undefined, ...rootLanguageProps(i18n) },
    text: failed ? errorMessage(error, i18n) : i18n.t('panel.loading'),
  } as const;
}
