import '../styles.css';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { fr } from '../locales/fr';
import { expectNoAxeViolations } from '../test/expectNoAxeViolations';
import { EscrowStatusBadge } from './EscrowStatusBadge';

describe('EscrowStatusBadge in Chromium', () => {
  it('is styled from --kit-* tokens, and a host can re-theme it through a component token', () => {
    render(
      <div>
        <EscrowStatusBadge status="completed" />
        <div style={{ '--kit-badge-bg': 'rgb(1, 2, 3)' } as React.CSSProperties}>
          <EscrowStatusBadge status="pending" />
        </div>
      </div>,
    );
    const completed = getComputedStyle(screen.getByText('Completed'));
    expect(completed.backgroundColor).toBe('rgb(230, 244, 234)');
    expect(completed.borderTopLeftRadius).toBe('999px');
    expect(getComputedStyle(screen.getByText('Pending')).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('keeps to one line where it fits, and wraps on a narrow phone instead of overflowing', () => {
    const badge = (width: number) => (
      <div style={{ inlineSize: `${width}px` }} data-testid={`box-${width}`}>
        <EscrowStatusBadge status="paid" phase="accepted_by_timeout" />
      </div>
    );
    render(
      <EscrowUIProvider locale="fr" messages={fr}>
        {badge(600)}
        {badge(180)}
      </EscrowUIProvider>,
    );
    const [wide, narrow] = screen.getAllByText(/^Payé/).map((text) => {
      const pill = text.closest('.kit-badge') as HTMLElement;
      const box = pill.parentElement as HTMLElement;
      return { pill: pill.getBoundingClientRect(), box };
    });
    if (!wide || !narrow) throw new Error('two badges expected');
    expect(wide.pill.height).toBeLessThan(30);
    expect(narrow.pill.width).toBeLessThanOrEqual(180);
    expect(narrow.box.scrollWidth).toBeLessThanOrEqual(180);
    expect(narrow.pill.height).toBeGreaterThan(wide.pill.height);
  });

  it('has no axe violations for any status', async () => {
    const { container } = render(
      <main>
        {['pending', 'paid', 'delivered', 'completed', 'cancelled', 'mystery'].map((status) => (
          <EscrowStatusBadge key={status} status={status} />
        ))}
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
