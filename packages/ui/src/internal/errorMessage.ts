import { type EscrowApiError, isEscrowApiError } from '@kit/hooks';
import type { durationMessages } from '../i18n/en';
import { errorMessages } from '../i18n/errorMessages';
import { formatDuration } from '../i18n/format';
import type { I18n } from '../i18n/LanguageContext';

/** The message keys `errorMessage` shows: pass `errorMessages` and `durationMessages` to `useI18n`. */
export type ErrorMessageKey = keyof typeof errorMessages | keyof typeof durationMessages;

/** The message for a failure without a DHMAD message or code of its own, by HTTP status. */
const BY_STATUS: Partial<Record<number, ErrorMessageKey>> = {
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  429: 'error.rateLimitedSoon',
};

/**
 * What to tell a user about a failed request, always as plain text: DHMAD's own
 * `user_message` when it sent one, else the kit's text for that code, else one per class of
 * failure (400 when `badRequest` is given, 401, 403, 404, 409, 429 with when to retry, 5xx,
 * network, unreadable answer).
 */
export function errorMessage(
  error: unknown,
  i18n: I18n<ErrorMessageKey>,
  badRequest?: ErrorMessageKey,
): string {
  if (!isEscrowApiError(error)) return i18n.t('error.generic');
  const { code, status, userMessage, retryAfter = 0 }: EscrowApiError = error;
  if (code === 'INVALID_RESPONSE') return i18n.t('error.invalidResponse');
  if (code === 'NETWORK_ERROR' || status === 0) return i18n.t('error.network');
  if (userMessage?.trim()) return userMessage;
  const codeKey = `code.${code}`;
  if (codeKey in errorMessages) return i18n.t(codeKey as ErrorMessageKey);
  if (status === 429 && retryAfter > 0) {
    return i18n.t('error.rateLimited', { duration: formatDuration(i18n, retryAfter * 1000) });
  }
  return i18n.t(
    (status === 400 && badRequest) ||
      (BY_STATUS[status] ?? (status >= 500 ? 'error.server' : 'error.generic')),
  );
}
