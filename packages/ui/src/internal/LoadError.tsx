'use client';
import { useI18n } from '../i18n/EscrowUIProvider';
import { durationMessages, loadMessages } from '../i18n/en';
import { errorMessages } from '../i18n/errorMessages';
import { errorMessage } from './errorMessage';

export interface LoadErrorProps {
  /**
   * What could not be loaded, already translated.
   * @default "We couldn’t load this escrow." (`error.loadEscrow`)
   */
  title?: string;
  /** The failure: its class of error says why (`errorMessage`), as plain text. */
  error: unknown;
  /** Fetches again; the button is left out without it. */
  onRetry?: () => unknown;
  /** @default 'kit-load-error' */
  className?: string;
  /** @default 'kit-action__secondary' */
  buttonClassName?: string;
}

/**
 * A failed load, announced (`role="alert"`): what failed, why (offline, not found, no access,
 * DHMAD's trouble, or DHMAD's own `user_message`, always as text), and a "Try again" button.
 */
export function LoadError({
  title,
  error,
  onRetry,
  className = 'kit-load-error',
  buttonClassName = 'kit-action__secondary',
}: LoadErrorProps) {
  const i18n = useI18n(loadMessages, errorMessages, durationMessages);
  return (
    <div className={className} role="alert">
      <p>{title ?? i18n.t('error.loadEscrow')}</p>
      <p>{errorMessage(error, i18n)}</p>
      {onRetry && (
        <button type="button" className={buttonClassName} onClick={() => void onRetry()}>
          {i18n.t('error.retry')}
        </button>
      )}
    </div>
  );
}
