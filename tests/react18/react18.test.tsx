import { EscrowKitProvider, useEscrow } from '@kit/hooks';
import { reviewFixture } from '@kit/test-utils';
import { expectCleanHydration } from '@kit/test-utils/react';
import { ActionButton, EscrowUIProvider, ProofPanel } from '@kit/ui';
import { ar } from '@kit/ui/locales/ar';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { version } from 'react';
import { describe, expect, it, vi } from 'vitest';

const { escrow, proof } = reviewFixture(
  [{ mimeType: 'image/jpeg', viewUrl: 'https://files.dhmad.test/receipt.jpg' }],
  new Date(Date.now() + 3_600_000).toISOString(),
);

/** A fetch answering the proxy contract from memory. */
const fetchMock: typeof fetch = async (input, init) => {
  const path = new URL(String(input), 'http://localhost').pathname;
  if (init?.method === 'POST') {
    return Response.json(
      {
        sessionId: 's1',
        url: 'https://dhmad.tn/checkout/s1',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      },
      { status: 201 },
    );
  }
  return Response.json(path.endsWith('/proof') ? { proof } : { escrow });
};

function Status() {
  const { data } = useEscrow('e1');
  return <p>{data?.status ?? 'loading'}</p>;
}

describe('the kit on React 18', () => {
  it('really runs on React 18', () => {
    expect(version).toMatch(/^18\./);
  });

  it('fetches with the hooks, then renders a whole panel', async () => {
    render(
      <EscrowKitProvider
        queryClient={new QueryClient()}
        fetch={fetchMock}
        viewer={{ email: 'buyer@example.com' }}
      >
        <Status />
        <ProofPanel escrowId="e1" navigate={vi.fn()} />
      </EscrowKitProvider>,
    );
    expect(await screen.findByText('paid')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Review proof' })).toBeInTheDocument();
    expect(screen.getByText('TND 2,500.000')).toBeInTheDocument();
  });

  it('sends the user to DHMAD from ActionButton', async () => {
    const navigate = vi.fn();
    render(
      <EscrowKitProvider queryClient={new QueryClient()} fetch={fetchMock}>
        <ActionButton escrowId="e1" action="review_proof" navigate={navigate} />
      </EscrowKitProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Review proof' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('https://dhmad.tn/checkout/s1'));
  });

  it('renders on the server and hydrates in Arabic without a mismatch', async () => {
    const element = (
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />
      </EscrowUIProvider>
    );
    const container = await expectCleanHydration(element);
    expect(container.querySelector('article')).toHaveAttribute('dir', 'rtl');
    container.remove();
  });
});
