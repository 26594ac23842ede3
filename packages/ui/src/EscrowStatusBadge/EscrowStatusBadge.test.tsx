import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
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

  it('adds the proof phase while the escrow is paid', () => {
    render(<EscrowStatusBadge status="paid" phase="submitted_waiting_buyer_review" />);
    const badge = screen.getByText('Paid');
    expect(badge).toHaveTextContent('PaidProof in review');
    expect(badge).toHaveAttribute('data-phase', 'submitted_waiting_buyer_review');
  });

  it('marks an unknown phase as unknown', () => {
    render(<EscrowStatusBadge status="paid" phase="phase_from_2030" />);
    expect(screen.getByText('Paid')).toHaveAttribute('data-phase', 'unknown');
    expect(screen.getByText('Proof status unknown')).toBeInTheDocument();
  });

  it('says when a dispute is open', () => {
    render(<EscrowStatusBadge status="paid" phase="accepted" disputed />);
    const badge = screen.getByText('Paid');
    expect(badge).toHaveTextContent('PaidDisputed');
    expect(badge).toHaveAttribute('data-disputed');
  });

  it('speaks French', () => {
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <EscrowStatusBadge status="delivered" />
      </EscrowUIProvider>,
    );
    expect(screen.getByText('Livré')).toBeInTheDocument();
  });
});

describeConformance('EscrowStatusBadge', (props) => <EscrowStatusBadge status="paid" {...props} />);
