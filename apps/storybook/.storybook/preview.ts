import '@kit/ui/styles.css';
import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // Every story is also an accessibility test: a violation fails it.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
