import type { Messages } from '@kit/ui';
import { ar as kitAr } from '@kit/ui/locales/ar';
import { fr as kitFr } from '@kit/ui/locales/fr';
import { ar } from './ar';
import { type AppTexts, en } from './en';
import { fr } from './fr';

/** A language the demo speaks: its name (in itself), BCP 47 locale, direction and texts. */
export interface LanguageInfo {
  /** The language's own name, as the switch shows it. */
  name: string;
  /** For `<html lang>`, `Intl` and the kit's `EscrowUIProvider`. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The kit's messages (`@kit/ui/locales/*`); `undefined`: the kit's English. */
  kit: Messages | undefined;
  app: AppTexts;
}

/** English, French and Arabic, as the kit ships them (`en`, `fr-TN`, `ar-TN`). */
export const LANGUAGES = {
  en: { name: 'English', locale: 'en', dir: 'ltr', kit: undefined, app: en },
  fr: { name: 'Français', locale: 'fr-TN', dir: 'ltr', kit: kitFr, app: fr },
  ar: { name: 'العربية', locale: 'ar-TN', dir: 'rtl', kit: kitAr, app: ar },
} as const satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGES;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
