import { docEscrow, proofIn, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useActionAvailability } from './useActionAvailability';

const { server, count } = setupMswServer();

function Allowed({ id }: { id: string }) {
  const { data, isPending } = useActionAvailability(id);
  if (isPending || !data) return <p>loading</p>;
  return (
    <ul>
      {Object.values(data).map((a) => (
        <li key={a.action}>{a.allowed ? `${a.action}: yes` : `${a.action}: ${a.code}`}</li>
      ))}
    </ul>
  );
}

describe('useActionAvailability', () => {
  it("tells the seller of a quick escrow with proof that it's their turn to submit", async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: quickEscrow() })),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json({ proof: proofIn('waiting_seller_proof') }),
      ),
    );
    renderWithKit(<Allowed id="e1" />, { viewer: { email: 'traveler@example.com' } });
    expect(await screen.findByText('submit_proof: yes')).toBeInTheDocument();
    expect(screen.getByText('review_proof: CHECKOUT_TARGET_NOT_BUYER')).toBeInTheDocument();
    expect(screen.getByText('cancel_escrow: yes')).toBeInTheDocument();
  });

  it('does not ask for a proof the escrow has no policy for', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
    );
    renderWithKit(<Allowed id="e1" />, { viewer: { email: 'buyer@example.com' } });
    expect(await screen.findByText('dispute: DISPUTE_ALREADY_OPENED')).toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(0);
  });

  it('refuses everything to a viewer who is not a party', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
    );
    renderWithKit(<Allowed id="e1" />);
    expect(await screen.findByText('dispute: NOT_A_PARTY')).toBeInTheDocument();
    expect(screen.queryByText(/: yes$/)).not.toBeInTheDocument();
  });
});
