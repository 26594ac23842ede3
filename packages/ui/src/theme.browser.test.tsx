/// <reference types="@vitest/browser-playwright" />
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, commands, userEvent } from 'vitest/browser';
import { EscrowStatusBadge } from './EscrowStatusBadge';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** @kit/ui's stylesheet, as written or as a host's production build lowers it. */
    kitStylesheet: (variant: 'as written' | 'lowered') => Promise<string>;
  }
}

// --kit-color-neutral-bg, a pending badge's background, in each theme.
const LIGHT = 'rgb(242, 244, 247)';
const DARK = 'rgb(33, 38, 45)';

/** Emulates the user's prefers-color-scheme; '' restores the real one. */
async function prefersColorScheme(value: 'light' | 'dark' | '') {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value }],
  });
}

const background = (text: string) => getComputedStyle(screen.getByText(text)).backgroundColor;

// The colors are light-dark(). A host's bundler may lower them for browsers without it (Vite's
// default targets do): the themes must hold either way.
describe.each(['as written', 'lowered'] as const)(
  'light and dark, with the stylesheet %s',
  (variant) => {
    const style = document.createElement('style');
    beforeAll(async () => {
      style.textContent = await commands.kitStylesheet(variant);
      document.head.append(style);
    });
    afterAll(() => style.remove());
    afterEach(() => prefersColorScheme(''));

    it('is the variant it says', () => {
      expect(style.textContent?.includes('light-dark(')).toBe(variant === 'as written');
    });

    it.each([
      ['light', LIGHT],
      ['dark', DARK],
    ] as const)('follows prefers-color-scheme: %s', async (scheme, expected) => {
      await prefersColorScheme(scheme);
      render(<EscrowStatusBadge status="pending" />);
      expect(background('Pending')).toBe(expected);
    });

    it.each([
      ['light', 'dark', DARK],
      ['dark', 'light', LIGHT],
    ] as const)(
      'under prefers-color-scheme: %s, data-kit-theme="%s" on an ancestor wins',
      async (scheme, theme, expected) => {
        await prefersColorScheme(scheme);
        render(
          <div data-kit-theme={theme}>
            <section>
              <EscrowStatusBadge status="pending" />
            </section>
          </div>,
        );
        expect(background('Pending')).toBe(expected);
      },
    );

    it('takes the nearest data-kit-theme when themes nest', () => {
      render(
        <div data-kit-theme="dark">
          <EscrowStatusBadge status="cancelled" />
          <div data-kit-theme="light">
            <EscrowStatusBadge status="completed" />
            <div data-kit-theme="dark">
              <EscrowStatusBadge status="pending" />
            </div>
          </div>
        </div>,
      );
      expect(background('Cancelled')).toBe('rgb(58, 18, 18)');
      expect(background('Completed')).toBe('rgb(230, 244, 234)');
      expect(background('Pending')).toBe(DARK);
    });

    it('draws the focus ring in the colors of the theme it sits in', async () => {
      render(
        <div data-kit-theme="dark">
          <div className="kit-root">
            <button type="button">Go</button>
          </div>
        </div>,
      );
      await userEvent.tab();
      const button = screen.getByRole('button', { name: 'Go' });
      expect(document.activeElement).toBe(button);
      // 2px of --kit-color-bg, then 2px more of --kit-color-accent: the dark values.
      expect(getComputedStyle(button).boxShadow).toBe(
        'rgb(13, 17, 23) 0px 0px 0px 2px, rgb(124, 172, 248) 0px 0px 0px 4px',
      );
    });
  },
);
