import '../styles.css';
import { EscrowKitProvider } from '@kit/hooks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { expectNoAxeViolations } from '../test/expectNoAxeViolations';
import { ActionButton } from './ActionButton';

/** A fetch that refuses every session with DHMAD's business-rule body. */
const refusingFetch: typeof fetch = async () =>
  Response.json(
    {
      error: {
        code: 'PAYMENT_ALREADY_DONE',
        type: 'business_rule_violation',
        message: 'dev',
        user_message: 'Payment has already been completed for this transaction.',
      },
    },
    { status: 400 },
  );

function Kit({ children }: { children: ReactNode }) {
  return (
    <EscrowKitProvider queryClient={new QueryClient()} fetch={refusingFetch}>
      {children}
    </EscrowKitProvider>
  );
}

describe('ActionButton in Chromium', () => {
  it('confirms in a real modal dialog: Escape closes it and focus returns to the button', async () => {
    render(
      <Kit>
        <ActionButton escrowId="e1" action="cancel_escrow" navigate={vi.fn()} />
      </Kit>,
    );
    const button = screen.getByRole('button', { name: 'Cancel and refund' });
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Cancel this escrow?' }) as HTMLDialogElement;
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    expect(document.activeElement && dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('is operable from the keyboard, with a visible focus ring', async () => {
    render(
      <Kit>
        <ActionButton escrowId="e1" action="accept_pay" navigate={vi.fn()} />
      </Kit>,
    );
    await userEvent.keyboard('{Tab}');
    const button = screen.getByRole('button', { name: 'Accept and pay' });
    expect(document.activeElement).toBe(button);
    expect(getComputedStyle(button).boxShadow).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByText('Payment has already been completed for this transaction.'),
    ).toBeVisible();
  });

  it.each([
    ['light', undefined, undefined],
    ['dark', 'dark', undefined],
    ['Arabic right to left', undefined, 'ar'],
  ])('has no axe violations in %s, with its message shown', async (_, theme, locale) => {
    const { container } = render(
      <div data-kit-theme={theme} style={{ background: 'var(--kit-color-bg)', padding: 8 }}>
        <Kit>
          <EscrowUIProvider
            locale={locale === 'ar' ? 'ar-TN' : 'en'}
            messages={locale === 'ar' ? ar : undefined}
          >
            <ActionButton escrowId="e1" action="accept_pay" navigate={vi.fn()} />
          </EscrowUIProvider>
        </Kit>
      </div>,
    );
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert')).not.toBeEmptyDOMElement());
    await expectNoAxeViolations(container);
  });
});
