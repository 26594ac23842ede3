import { EscrowKitProvider } from '@kit/hooks';
import { reviewFixture } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { ProofPanel } from './ProofPanel';

const { server, count } = setupMswServer();

const { escrow, proof } = reviewFixture(
  [{ mimeType: 'image/jpeg', viewUrl: 'https://files.dhmad.test/receipt.jpg' }],
  new Date(Date.now() + 3_600_000).toISOString(),
);

function Kit({ children, viewer }: { children: ReactNode; viewer?: string }) {
  return (
    <EscrowKitProvider
      queryClient={new QueryClient()}
      viewer={viewer ? { email: viewer } : undefined}
    >
      {children}
    </EscrowKitProvider>
  );
}

describe('ProofPanel', () => {
  it('shows the escrow, its amount in TND, the timeline, the files and the next step, from data alone', () => {
    render(<ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />);
    const panel = screen.getByRole('article');
    expect(
      within(panel).getByRole('heading', { level: 2, name: 'iPhone 15 from Dubai' }),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent('TND 2,500.000');
    expect(within(panel).getByText('Proof in review')).toBeInTheDocument();
    expect(within(panel).getByRole('region', { name: 'Escrow progress' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Open image 1 of 1' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Review proof' })).toBeInTheDocument();
    expect(within(panel).getAllByText('Your turn').length).toBeGreaterThan(0);
  });

  it('uses the heading level it is given', () => {
    render(<ProofPanel escrow={escrow} proof={proof} headingLevel={3} />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'iPhone 15 from Dubai' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Next steps' })).toBeInTheDocument();
  });

  it('fetches by id with one request per resource for the whole panel', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow })),
      http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof })),
    );
    render(
      <Kit viewer="buyer@example.com">
        <ProofPanel escrowId="e1" />
      </Kit>,
    );
    expect(screen.getByRole('article')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('button', { name: 'Review proof' })).toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1')).toBe(1);
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(1);
  });

  it('does not ask for a proof an escrow has no policy for', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({
          escrow: {
            ...escrow,
            mode: 'standard',
            fulfillmentPolicy: null,
            proofInfo: null,
            status: 'delivered',
          },
        }),
      ),
    );
    render(
      <Kit viewer="buyer@example.com">
        <ProofPanel escrowId="e1" />
      </Kit>,
    );
    expect(await screen.findByText('Delivered')).toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(0);
  });

  it('says when the escrow cannot be loaded, and tries again on request', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ error: 'Escrow not found' }, { status: 404 }),
      ),
    );
    render(
      <Kit>
        <ProofPanel escrowId="e1" />
      </Kit>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load this escrow.');
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow })),
      http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'iPhone 15 from Dubai' }),
    ).toBeInTheDocument();
  });

  it('speaks French, amounts included', () => {
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />
      </EscrowUIProvider>,
    );
    expect(screen.getByRole('article')).toHaveTextContent('2 500,000 DT');
    expect(screen.getByRole('button', { name: 'Examiner la preuve' })).toBeInTheDocument();
  });
});

describeConformance('ProofPanel', (props) => (
  <ProofPanel escrow={escrow} proof={proof} {...props} />
));
