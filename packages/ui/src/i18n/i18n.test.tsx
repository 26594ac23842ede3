import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionButton } from '../ActionButton';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { EscrowStatusBadge } from '../EscrowStatusBadge';
import { fr } from '../locales/fr';
import * as announce from './announceMessages';
import * as checkoutReturn from './checkoutReturnMessages';
import { EscrowUIProvider, useKitI18n } from './EscrowUIProvider';
import * as catalogue from './en';
import * as errors from './errorMessages';

/** The groups of `en.ts` and those kept in files of their own. */
const { en, ...groups } = { ...catalogue, ...announce, ...checkoutReturn, ...errors };

describe('the English catalogue', () => {
  it('is its groups together, each key in exactly one group', () => {
    const keys = Object.values(groups).flatMap((group) => Object.keys(group));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(en).sort());
    expect(Object.assign({}, ...Object.values(groups))).toEqual(en);
  });
});

describe('useKitI18n', () => {
  it('knows every key in English without a provider', () => {
    const { result } = renderHook(() => useKitI18n());
    for (const [key, text] of Object.entries(en)) {
      expect(result.current.t(key as keyof typeof en)).toBe(text);
    }
    expect(result.current.t('timeline.files', { count: 3 })).toBe('Files: 3');
    expect(result.current.formatDuration(30_000)).toBe('less than a minute');
    expect(result.current.formatDuration((2 * 1440 + 4 * 60 + 5) * 60_000)).toBe('2 days 4 hr');
    expect(result.current.formatAmount(12.5)).toMatch(/^TND\s12\.500$/);
    expect(result.current.formatAmount(3, 'XYZ1')).toBe('3 XYZ1');
    expect(result.current.explicit).toBe(false);
  });

  it("speaks the provider's language, and keeps its identity between renders", () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        {children}
      </EscrowUIProvider>
    );
    const { result, rerender } = renderHook(() => useKitI18n(), { wrapper });
    const first = result.current;
    expect(first.t('gallery.close')).toBe(fr['gallery.close']);
    expect(first.formatDuration(5 * 60 * 60_000)).toMatch(/^5\sh$/);
    expect(first).toMatchObject({ locale: 'fr-TN', dir: 'ltr', explicit: true });
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('EscrowUIProvider messages', () => {
  it('overrides any subset of keys; every other text stays English', () => {
    render(
      <EscrowUIProvider
        messages={{
          'status.paid': 'Settled',
          'action.complete': 'I got it',
          'deadline.lessThanAMinute': 'a moment',
        }}
      >
        <EscrowStatusBadge status="paid" phase="accepted" />
        <EscrowStatusBadge status="pending" />
        <ActionButton escrowId="e1" action="complete" />
        <ActionButton escrowId="e1" action="accept_pay" />
        <DeadlineCountdown deadline={new Date(Date.now() + 30_000)} />
      </EscrowUIProvider>,
    );
    expect(screen.getByText('Settled')).toHaveTextContent('SettledProof accepted');
    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I got it' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accept and pay' })).toBeInTheDocument();
    expect(screen.getByText('due in a moment')).toBeInTheDocument();
  });
});
