import { reviewFixture } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { EscrowStatusBadge } from './EscrowStatusBadge';

const { server, count } = setupMswServer();
const { escrow, proof } = reviewFixture([], '2026-06-21T10:00:00.000Z');

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

describe('EscrowStatusBadge from the escrow', () => {
  it("reads the status and the proof phase from the escrow's proofInfo", () => {
    render(<EscrowStatusBadge escrow={escrow} />);
    const badge = screen.getByText('Paid');
    expect(badge).toHaveTextContent('PaidProof in review');
    expect(badge).toHaveAttribute('data-phase', 'submitted_waiting_buyer_review');
  });

  it("takes the proof's phase over the escrow's older proofInfo", () => {
    render(<EscrowStatusBadge escrow={escrow} proof={{ ...proof, phase: 'accepted' }} />);
    expect(screen.getByText('Paid')).toHaveTextContent('PaidProof accepted');
  });

  it('says when a dispute ticket is open, and not once it is closed', () => {
    const { rerender } = render(
      <EscrowStatusBadge escrow={{ ...escrow, disputeTicket: { status: 'open' } }} />,
    );
    expect(screen.getByText('Paid')).toHaveTextContent('PaidDisputed');
    rerender(<EscrowStatusBadge escrow={{ ...escrow, disputeTicket: { status: 'resolved' } }} />);
    expect(screen.getByText('Paid')).toHaveTextContent('PaidProof in review');
  });

  it('takes a status given with the escrow over the escrow', () => {
    render(<EscrowStatusBadge status="completed" escrow={escrow} />);
    expect(screen.getByText('Completed')).toHaveAttribute('data-status', 'completed');
  });

  it('fetches the escrow by id even without a provider, loading first', async () => {
    server.use(
      http.get('/api/escrow/escrows/:id', () =>
        HttpResponse.json({ escrow: { ...escrow, id: 'no-provider', status: 'delivered' } }),
      ),
    );
    render(<EscrowStatusBadge escrowId="no-provider" data-testid="badge" />);
    expect(screen.getByTestId('badge')).toHaveAttribute('data-status', 'loading');
    expect(screen.getByTestId('badge')).toHaveTextContent('Loading escrow…');
    expect(await screen.findByText('Delivered')).toHaveAttribute('data-status', 'delivered');
    expect(count('GET /api/escrow/escrows/no-provider')).toBe(1);
    expect(count('GET /api/escrow/escrows/no-provider/proof')).toBe(0);
  });

  it('says why the escrow could not be loaded, in the kit language', async () => {
    server.use(
      http.get('/api/escrow/escrows/:id', () =>
        HttpResponse.json({ error: 'Forbidden' }, { status: 403 }),
      ),
    );
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <EscrowStatusBadge escrowId="forbidden" data-testid="badge" />
      </EscrowUIProvider>,
    );
    expect(await screen.findByText(fr['error.forbidden'])).toHaveAttribute('data-status', 'error');
  });
});

describeConformance('EscrowStatusBadge', (props) => <EscrowStatusBadge status="paid" {...props} />);
describe('by id', () => {
  beforeEach(() => {
    server.use(
      http.get('/api/escrow/escrows/conformance', () =>
        HttpResponse.json({ escrow: { ...escrow, id: 'conformance' } }),
      ),
    );
  });
  describeConformance('EscrowStatusBadge', (props) => (
    <EscrowStatusBadge escrowId="conformance" {...props} />
  ));
});
