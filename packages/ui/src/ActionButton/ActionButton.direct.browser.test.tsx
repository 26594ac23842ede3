import '../styles.css';
import { EscrowKitProvider } from '@kit/hooks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { expectNoAxeViolations } from '../test/expectNoAxeViolations';
import { ActionButton } from './ActionButton';

/** A fetch that takes every direct action, keeping the bodies it was sent. */
function takingFetch() {
  const bodies: unknown[] = [];
  const fetch: typeof globalThis.fetch = async (_, init) => {
    bodies.push(JSON.parse(String(init?.body)));
    return Response.json({
      message: 'Delivery rejected. Escrow returned to paid status.',
      escrow: { id: 'e1', status: 'paid', mode: 'standard' },
    });
  };
  return { bodies, fetch };
}

function Kit({ children, fetch }: { children: ReactNode; fetch: typeof globalThis.fetch }) {
  return (
    <EscrowKitProvider queryClient={new QueryClient()} fetch={fetch}>
      {children}
    </EscrowKitProvider>
  );
}

describe('ActionButton action="reject_delivery" in Chromium', () => {
  it('asks for the reason in a real modal dialog: the textarea has focus, Escape closes it and focus returns', async () => {
    const { bodies, fetch } = takingFetch();
    render(
      <Kit fetch={fetch}>
        <ActionButton escrowId="e1" action="reject_delivery" />
      </Kit>,
    );
    const button = screen.getByRole('button', { name: 'Reject delivery' });
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Reject the delivery?' });
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    const reason = screen.getByRole('textbox', { name: 'Reason (optional)' });
    expect(document.activeElement).toBe(reason);
    await userEvent.keyboard('Torn');
    expect(reason).toHaveAccessibleDescription('4 / 1,000');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(bodies).toEqual([]);
  });

  it('sends the trimmed reason from the keyboard and announces the result', async () => {
    const { bodies, fetch } = takingFetch();
    render(
      <Kit fetch={fetch}>
        <ActionButton escrowId="e1" action="reject_delivery" />
      </Kit>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reject delivery' }));
    await userEvent.keyboard('  Wrong size ');
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Delivery rejected.'));
    expect(bodies).toEqual([{ reason: 'Wrong size' }]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reject delivery' }));
  });

  it.each([
    ['light', undefined, undefined],
    ['dark', 'dark', undefined],
    ['Arabic right to left', undefined, 'ar'],
  ])('has no axe violations in %s, with the reason dialog open', async (_, theme, locale) => {
    const { fetch } = takingFetch();
    render(
      <div data-kit-theme={theme} style={{ background: 'var(--kit-color-bg)', padding: 8 }}>
        <Kit fetch={fetch}>
          <EscrowUIProvider
            locale={locale === 'ar' ? 'ar-TN' : 'en'}
            messages={locale === 'ar' ? ar : undefined}
          >
            <ActionButton escrowId="e1" action="reject_delivery" />
          </EscrowUIProvider>
        </Kit>
      </div>,
    );
    await userEvent.click(screen.getByRole('button'));
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await expectNoAxeViolations(dialog);
  });
});
