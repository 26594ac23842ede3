import { type EscrowApiError, isEscrowApiError } from '@kit/hooks';
import type { I18n } from '../i18n/EscrowUIProvider';
import { type durationMessages, errorMessages } from '../i18n/en';
import { formatDuration } from '../i18n/format';

/** The message keys `errorMessage` shows: pass `errorMessages` and `durationMessages` to `useI18n`. */
export type ErrorMessageKey = keyof typeof errorMessages | keyof typeof durationMessages;

/**
 * What to tell a user about a failed request, always as plain text: DHMAD's own
 * `user_message` when it sent one, else the kit's text for that code, else one per class of
 * failure (401, 403, 404, 409, 429 with when to retry, 5xx, network, unreadable answer).
 */
export function errorMessage(error: unknown, i18n: I18n<ErrorMessageKey>): string {
  if (!isEscrowApiError(error)) return i18n.t('error.generic');
  const e: EscrowApiError = error;
  if (e.code === 'INVALID_RESPONSE') return i18n.t('error.invalidResponse');
  if (e.code === 'NETWORK_ERROR' || e.status === 0) return i18n.t('error.network');
  if (e.userMessage?.trim()) return e.userMessage;
  const codeKey = `code.${e.code}`;
  if (codeKey in errorMessages) return i18n.t(codeKey as ErrorMessageKey);
  if (e.status === 401) return i18n.t('error.unauthorized');
  if (e.status === 403) return i18n.t('error.forbidden');
  if (e.status === 404) return i18n.t('error.notFound');
  if (e.status === 409) return i18n.t('error.conflict');
  if (e.status === 429) {
    return e.retryAfter && e.retryAfter > 0
      ? i18n.t('error.rateLimited', { duration: formatDuration(i18n, e.retryAfter * 1000) })
      : i18n.t('error.rateLimitedSoon');
  }
  if (e.status >= 500) return i18n.t('error.server');
  return i18n.t('error.generic');
}
