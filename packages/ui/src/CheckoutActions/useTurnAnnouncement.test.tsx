import { type Escrow, escrowKeys, type Proof } from '@kit/hooks';
import { docEscrow, proofIn, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ProofPanel } from '../ProofPanel';
import { CheckoutActions } from './CheckoutActions';

const { server, count } = setupMswServer();
const BUYER = 'buyer@example.com';
const SELLER = 'traveler@example.com';
const GET_ESCROW = 'GET /api/escrow/escrows/e1';

/** What the proxy answers now: a test changes it as the other party would. */
function serve(initial: { escrow: Escrow; proof?: Proof }) {
  const now = { ...initial };
  server.use(
    http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: now.escrow })),
    http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof: now.proof })),
  );
  return now;
}

/** Renders `ui` as `viewer`, and records every text the next-steps live region is given. */
async function renderAs(viewer: string, ui: ReactElement) {
  const result = renderWithKit(ui, { viewer: { email: viewer }, live: false, pollInterval: false });
  const group = await screen.findByRole('group', { name: 'Next steps' });
  await waitFor(() => expect(group).not.toHaveAttribute('aria-busy'));
  // The group's own region (each ActionButton has one too, for its own action).
  const region = group.querySelector(':scope > [role="status"]') as HTMLElement;
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  /** Refetches everything, as a live event or a poll would, and waits for the answers. */
  const refetch = async () => {
    const before = count(GET_ESCROW);
    await act(() => result.queryClient.invalidateQueries({ queryKey: escrowKeys.all }));
    await waitFor(() => expect(count(GET_ESCROW)).toBeGreaterThan(before));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  };
  return { region, said, refetch };
}

const reviewable = (): { escrow: Escrow; proof: Proof } => ({
  escrow: quickEscrow({ proofInfo: { phase: 'submitted_waiting_buyer_review' } }),
  proof: proofIn('submitted_waiting_buyer_review', {
    checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
  }),
});

describe('announcing the other party’s change (ProofPanel, CheckoutActions)', () => {
  it('tells the buyer once that the seller uploaded proof, and nothing on unchanged refetches', async () => {
    const answer = serve({ escrow: quickEscrow(), proof: proofIn('waiting_seller_proof') });
    const { region, said, refetch } = await renderAs(BUYER, <ProofPanel escrowId="e1" />);
    expect(region).toBeEmptyDOMElement();

    await refetch();
    expect(region).toBeEmptyDOMElement();

    Object.assign(answer, reviewable());
    await refetch();
    const sentence = 'The seller uploaded proof — your turn to review it.';
    await waitFor(() => expect(region).toHaveTextContent(sentence));

    await refetch();
    await refetch();
    expect(region).toHaveTextContent(sentence);
    expect(said).toEqual([sentence]);
  });

  it('announces nothing on the first load, even when the viewer has a step to take', async () => {
    serve(reviewable());
    const { region, said, refetch } = await renderAs(BUYER, <ProofPanel escrowId="e1" />);
    expect(screen.getByRole('button', { name: 'Review proof' })).toBeInTheDocument();
    await refetch();
    expect(region).toBeEmptyDOMElement();
    expect(said).toEqual([]);
  });

  it('tells the seller of a standard escrow, shown by id, that the buyer paid', async () => {
    const signed = { ...docEscrow, id: 'e1', status: 'pending', paidAt: null } as Escrow;
    const answer = serve({ escrow: signed });
    const { region, said, refetch } = await renderAs(
      'seller@example.com',
      <CheckoutActions escrowId="e1" />,
    );
    expect(region).toBeEmptyDOMElement();
    answer.escrow = { ...signed, status: 'paid' };
    await refetch();
    const sentence = 'The buyer paid — your turn: Mark as delivered.';
    await waitFor(() => expect(region).toHaveTextContent(sentence));
    expect(said).toEqual([sentence]);
  });

  it('announces only the viewer’s own direct action, not the change it caused', async () => {
    const accepted = quickEscrow({ proofInfo: { phase: 'accepted' } });
    serve({ escrow: accepted, proof: proofIn('accepted') });
    server.use(
      http.post('*/api/escrow/escrows/:id/deliver', () =>
        HttpResponse.json({
          message: 'Escrow marked as delivered',
          escrow: { ...accepted, status: 'delivered' },
        }),
      ),
    );
    const { region, said } = await renderAs(SELLER, <ProofPanel escrowId="e1" />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark as delivered' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as delivered' }));
    await waitFor(() => expect(region).toHaveTextContent('Marked as delivered.'));
    expect(said).toEqual(['Marked as delivered.']);
  });

  it('announces nothing after the viewer’s own checkout step (the seller’s turn then)', async () => {
    // The buyer paid on DHMAD's checkout: paying goes, and only the seller has a step.
    const pending = quickEscrow({ status: 'pending', proofInfo: null });
    const answer = serve({ escrow: pending, proof: proofIn('waiting_seller_proof') });
    const { region, said, refetch } = await renderAs(BUYER, <ProofPanel escrowId="e1" />);
    expect(screen.getByRole('button', { name: 'Accept and pay' })).toBeInTheDocument();
    answer.escrow = quickEscrow();
    await refetch();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Accept and pay' })).not.toBeInTheDocument(),
    );
    expect(region).toBeEmptyDOMElement();
    expect(said).toEqual([]);
  });
});
