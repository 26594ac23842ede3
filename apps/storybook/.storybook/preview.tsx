import '@kit/ui/styles.css';
import './brand.css';
import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { kitHandlers, resetSimulator } from '../src/support/kitSimulator';
import { withEscrowKit } from './withEscrowKit';
import { withKitGlobals } from './withKitGlobals';

const preview: Preview = {
  loaders: [
    mswLoader(),
    // A fresh simulator per story, configured by `parameters.simulator`.
    async ({ parameters }) => {
      const sim = resetSimulator(parameters.simulator?.options);
      parameters.simulator?.setup?.(sim);
      return {};
    },
  ],
  decorators: [withEscrowKit, withKitGlobals],
  globalTypes: {
    theme: {
      description:
        'Theme: the default light and dark tokens, or a brand theme that only overrides --kit-* variables',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (overrides only --kit-*)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit: English, French, or Arabic (right to left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // Every story is also an accessibility test: a violation fails it.
    a11y: { test: 'error' },
    msw: { handlers: { kit: kitHandlers } },
    layout: 'fullscreen',
  },
  tags: ['autodocs'],
};

export default preview;
