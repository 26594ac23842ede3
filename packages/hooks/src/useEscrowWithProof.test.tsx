import { docEscrow, proofIn, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit, testQueryClient } from '@kit/test-utils/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useEscrowWithProof } from './useEscrowWithProof';

const { server, count } = setupMswServer();

/** What a caller shows from the hook: loading, the failure, or the status and proof phase. */
function Summary({ id }: { id: string }) {
  const { escrow, proof, isPending, error, refetch } = useEscrowWithProof(id);
  if (error && (!escrow || proof === undefined)) {
    return (
      <button type="button" onClick={() => void refetch()}>
        Failed ({error.status}): try again
      </button>
    );
  }
  if (isPending) return <p>loading</p>;
  return (
    <p>
      {escrow?.status} / {proof === null ? 'no proof' : proof?.phase}
    </p>
  );
}

const noRetry = () => {
  const queryClient = testQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, gcTime: Infinity } });
  return queryClient;
};

describe('useEscrowWithProof', () => {
  it('loads the escrow, then its proof, once for every caller', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: quickEscrow() })),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json({ proof: proofIn('submitted_waiting_buyer_review') }),
      ),
    );
    renderWithKit(
      <>
        <Summary id="e1" />
        <Summary id="e1" />
        <Summary id="e1" />
      </>,
    );
    expect(screen.getAllByText('loading')).toHaveLength(3);
    expect(await screen.findAllByText('paid / submitted_waiting_buyer_review')).toHaveLength(3);
    expect(count('GET /api/escrow/escrows/e1')).toBe(1);
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(1);
  });

  it('gives null for the proof of an escrow without a proof policy, and never asks for it', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
    );
    renderWithKit(<Summary id="e1" />);
    expect(await screen.findByText('paid / no proof')).toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(0);
  });

  it('does not ask for the proof of a quick escrow that is not funded yet', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ escrow: quickEscrow({ status: 'pending', proofInfo: null }) }),
      ),
    );
    renderWithKit(<Summary id="e1" />);
    expect(await screen.findByText('pending / no proof')).toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(0);
  });

  it("reports the escrow's failure, and fetches it again on refetch", async () => {
    let fail = true;
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        fail
          ? HttpResponse.json({ error: 'Escrow not found' }, { status: 404 })
          : HttpResponse.json({ escrow: docEscrow }),
      ),
    );
    renderWithKit(<Summary id="e1" />, { queryClient: noRetry() });
    const retry = await screen.findByRole('button', { name: 'Failed (404): try again' });
    fail = false;
    await userEvent.click(retry);
    expect(await screen.findByText('paid / no proof')).toBeInTheDocument();
  });

  it("reports the proof's failure, and refetch fetches only the proof again", async () => {
    let fail = true;
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: quickEscrow() })),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        fail
          ? HttpResponse.json({ error: 'Forbidden' }, { status: 403 })
          : HttpResponse.json({ proof: proofIn('waiting_seller_proof') }),
      ),
    );
    renderWithKit(<Summary id="e1" />, { queryClient: noRetry() });
    const retry = await screen.findByRole('button', { name: 'Failed (403): try again' });
    fail = false;
    await userEvent.click(retry);
    expect(await screen.findByText('paid / waiting_seller_proof')).toBeInTheDocument();
    await waitFor(() => expect(count('GET /api/escrow/escrows/e1/proof')).toBe(2));
    expect(count('GET /api/escrow/escrows/e1')).toBe(1);
  });
});
