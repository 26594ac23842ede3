import type { CheckoutSessionCreated } from '@kit/hooks';
import type { actionMessages } from '../i18n/en';
import type { I18n } from '../i18n/LanguageContext';

type ActionMessageKey = keyof typeof actionMessages;

/**
 * Why a created session must not be opened, or `undefined` when it is safe to go. `now` is the
 * server's time (`ServerClock.now()`): `expiresAt` is DHMAD's date, and the device clock may be
 * hours off.
 */
export function refuseSession(
  session: CheckoutSessionCreated,
  origins: readonly string[],
  now: number,
  i18n: I18n<ActionMessageKey>,
) {
  const origin = URL.canParse(session.url) ? new URL(session.url).origin : undefined;
  if (!origin || !origins.some((o) => URL.canParse(o) && new URL(o).origin === origin)) {
    return i18n.t('error.untrustedCheckout');
  }
  if (!(Date.parse(session.expiresAt) > now)) return i18n.t('error.expiredCheckout');
  return undefined;
}
