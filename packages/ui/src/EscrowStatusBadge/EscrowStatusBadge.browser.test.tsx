import '../styles.css';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
