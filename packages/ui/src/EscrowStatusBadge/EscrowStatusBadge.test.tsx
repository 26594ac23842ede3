import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { EscrowStatusBadge } from './EscrowStatusBadge';

describe('EscrowStatusBadge', () => {
  it.each([
    ['pending', 'Pending'],
    ['paid', 'Paid'],
    ['delivered', 'Delivered'],
    ['completed', 'Completed'],
    ['cancelled', 'Cancelled'],
  ])('shows %s as "%s" and exposes it as data-status', (status, label) => {
    render(<EscrowStatusBadge status={status} />);
    expect(screen.getByText(label)).toHaveAttribute('data-status', status);
  });

  it('renders a status the kit does not know as unknown instead of throwing', () => {
    render(<EscrowStatusBadge status="on_hold_by_bank" />);
    expect(screen.getByText('Unknown status')).toHaveAttribute('data-status', 'unknown');
  });

  it('forwards its ref, merges className and spreads other props on the root', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<EscrowStatusBadge ref={ref} status="paid" className="mine" title="Escrow status" />);
    const badge = screen.getByTitle('Escrow status');
    expect(ref.current).toBe(badge);
    expect(badge).toHaveClass('kit-badge', 'mine');
  });
});
