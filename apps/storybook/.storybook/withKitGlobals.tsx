import { EscrowUIProvider } from '@kit/ui';
import { ar } from '@kit/ui/locales/ar';
import { fr } from '@kit/ui/locales/fr';
import type { Decorator } from '@storybook/react-vite';

const LOCALES = {
  en: { locale: 'en', messages: undefined },
  fr: { locale: 'fr-TN', messages: fr },
  ar: { locale: 'ar-TN', messages: ar },
} as const;

/** Applies the toolbar's theme (light, dark, brand) and locale (en, fr, ar) to every story. */
export const withKitGlobals: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string | undefined) ?? 'light';
  const { locale, messages } =
    LOCALES[(context.globals.locale as keyof typeof LOCALES) ?? 'en'] ?? LOCALES.en;
  return (
    <div
      data-kit-theme={theme === 'dark' ? 'dark' : 'light'}
      className={theme === 'brand' ? 'storybook-brand' : undefined}
      dir={locale.startsWith('ar') ? 'rtl' : 'ltr'}
      style={{
        background: 'var(--kit-color-bg)',
        color: 'var(--kit-color-fg)',
        padding: '1rem',
        minBlockSize: '100vh',
        boxSizing: 'border-box',
      }}
    >
      <EscrowUIProvider locale={locale} messages={messages}>
        <Story />
      </EscrowUIProvider>
    </div>
  );
};
