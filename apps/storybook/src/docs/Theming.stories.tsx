import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TokenTable } from './TokenTable';

/** The token list of the Theming page, also run as a test against the live stylesheet. */
const meta = { title: 'Guides/Theming/Token table', component: TokenTable } satisfies Meta<
  typeof TokenTable
>;
export default meta;

export const EveryToken: StoryObj<typeof meta> = {
  play: async ({ canvas, canvasElement }) => {
    const rows = canvas.getAllByRole('row').slice(1);
    await expect(rows.length).toBeGreaterThan(60);
    // Every token the table lists resolves in the page's stylesheet or is a component token
    // with a fallback: set ones must have a computed value on the root.
    const root = getComputedStyle(document.documentElement);
    for (const row of rows) {
      const [name, , tier] = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
      if (name && tier !== 'component')
        await expect(root.getPropertyValue(name).trim()).not.toBe('');
    }
    await expect(canvasElement.textContent).toContain('--kit-button-bg');
  },
};
