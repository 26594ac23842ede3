import { EscrowKitProvider, type Proof } from '@kit/hooks';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../test/conformance';
import { CheckoutActions } from './CheckoutActions';

const { server, count } = setupMswServer();

const proof: Proof = {
  phase: 'submitted_waiting_buyer_review',
  submissions: [],
  latestSubmission: null,
  checkoutActions: [
    {
      action: 'review_proof',
      targetUserEmail: 'buyer@example.com',
      description: 'Create a checkout session…',
    },
    { action: 'reject_cancellation', targetUserEmail: 'seller@example.com' },
    { action: 'teleport_goods', targetUserEmail: 'buyer@example.com' },
  ],
};

/** A paid quick escrow with a proof policy, in the given proof phase. */
const paidWithProof = (id: string, phase: string) => ({
  id,
  status: 'paid',
  mode: 'quick',
  buyer: { email: 'buyer@example.com' },
  seller: { email: 'seller@example.com' },
  fulfillmentPolicy: { type: 'purchase_proof_required' },
  proofInfo: { phase },
});

describe('CheckoutActions', () => {
  it('offers the buyer only what DHMAD addresses to the buyer, and skips unknown actions', () => {
    render(<CheckoutActions escrowId="e1" proof={proof} viewerEmail="Buyer@Example.com" />);
    expect(screen.getByRole('group', { name: 'Next steps' })).toHaveAttribute('data-count', '1');
    expect(screen.getByRole('button', { name: 'Review proof' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refuse cancellation' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Create a checkout session/)).not.toBeInTheDocument();
  });

  it('says so when there is nothing for the viewer to do', () => {
    render(<CheckoutActions escrowId="e1" proof={proof} viewerEmail="someone@example.com" />);
    expect(screen.getByText('Nothing for you to do right now.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('fetches the proof by escrow id, takes the viewer from the provider, and creates the suggested session', async () => {
    const bodies: unknown[] = [];
    const escrow = paidWithProof('e1', 'submitted_waiting_buyer_review');
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow })),
      http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof })),
      http.post('*/api/escrow/escrows/:id/sessions', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          {
            sessionId: 's',
            url: 'https://dhmad.tn/checkout/s',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
          { status: 201 },
        );
      }),
    );
    const navigate = vi.fn();
    render(
      <EscrowKitProvider queryClient={new QueryClient()} viewer={{ email: 'seller@example.com' }}>
        <CheckoutActions escrowId="e1" navigate={navigate} />
      </EscrowKitProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Refuse cancellation' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('https://dhmad.tn/checkout/s'));
    expect(bodies).toEqual([
      { action: 'reject_cancellation', targetUserEmail: 'seller@example.com' },
    ]);
    expect(count('GET /api/escrow/escrows/e1/proof')).toBe(1);
    expect(count('GET /api/escrow/escrows/e1')).toBe(1);
  });
});

describe('CheckoutActions given the escrow', () => {
  it('renders it as it is, fetching nothing, and opens sessions for its id', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', async ({ request, params }) => {
        bodies.push({ id: params.id, ...((await request.json()) as object) });
        return HttpResponse.json(
          {
            sessionId: 's',
            url: 'https://dhmad.tn/checkout/s',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
          { status: 201 },
        );
      }),
    );
    const escrow = paidWithProof('e9', 'waiting_seller_proof');
    const navigate = vi.fn();
    render(
      <CheckoutActions escrow={escrow} viewerEmail="seller@example.com" navigate={navigate} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload proof' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('https://dhmad.tn/checkout/s'));
    expect(bodies).toEqual([
      { id: 'e9', action: 'submit_proof', targetUserEmail: 'seller@example.com' },
    ]);
    expect(count('GET /api/escrow/escrows/e9')).toBe(0);
    expect(count('GET /api/escrow/escrows/e9/proof')).toBe(0);
  });
});

describe('a direct action among the next steps', () => {
  it('offers the seller Mark as delivered once the proof is accepted, and announces it once done, when its button has gone', async () => {
    const escrow = paidWithProof('e5', 'accepted');
    const accepted: Proof = {
      phase: 'accepted',
      submissions: [],
      latestSubmission: null,
      checkoutActions: [],
    };
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow })),
      http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof: accepted })),
      http.post('*/api/escrow/escrows/:id/deliver', () =>
        HttpResponse.json({
          message: 'Escrow marked as delivered',
          escrow: { ...escrow, status: 'delivered' },
        }),
      ),
    );
    const onActionDone = vi.fn();
    render(
      <EscrowKitProvider queryClient={new QueryClient()}>
        <CheckoutActions
          escrowId="e5"
          viewerEmail="seller@example.com"
          onActionDone={onActionDone}
        />
      </EscrowKitProvider>,
    );
    const group = await screen.findByRole('group', { name: 'Next steps' });
    await userEvent.click(await within(group).findByRole('button', { name: 'Mark as delivered' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark as delivered' }),
    );
    await waitFor(() =>
      expect(within(group).getByRole('status')).toHaveTextContent('Marked as delivered.'),
    );
    expect(within(group).queryByRole('button')).not.toBeInTheDocument();
    expect(within(group).getByText('Nothing for you to do right now.')).toBeInTheDocument();
    expect(onActionDone).toHaveBeenCalledWith(
      expect.objectContaining({ escrow: expect.objectContaining({ status: 'delivered' }) }),
    );
    expect(count('POST /api/escrow/escrows/e5/deliver')).toBe(1);
    expect(count('GET /api/escrow/escrows/e5')).toBe(1);
  });
});

describeConformance('CheckoutActions', (props) => (
  <CheckoutActions escrowId="e1" proof={proof} {...props} />
));

describe('next steps without a proof', () => {
  const standard = {
    id: 'e2',
    status: 'pending',
    mode: 'standard',
    buyer: { email: 'buyer@example.com' },
    seller: { email: 'seller@example.com' },
    signatures: { sellerSigned: true, buyerSigned: false },
  };

  it.each([
    [
      'the buyer of an unsigned escrow signs, then pays',
      standard,
      'buyer@example.com',
      ['Sign the contract', 'Accept and pay'],
    ],
    [
      'the buyer of a delivered escrow confirms receipt',
      { ...standard, status: 'delivered' },
      'buyer@example.com',
      ['Confirm receipt'],
    ],
    [
      'the seller answers a pending cancellation',
      { ...standard, status: 'paid', cancellationRequest: { status: 'pending' } },
      'seller@example.com',
      ['Accept cancellation', 'Refuse cancellation', 'Mark as delivered'],
    ],
    [
      'the seller of a paid escrow marks it delivered',
      { ...standard, status: 'paid' },
      'seller@example.com',
      ['Mark as delivered'],
    ],
    [
      'the seller of a delivered escrow has nothing to do here',
      { ...standard, status: 'delivered' },
      'seller@example.com',
      [],
    ],
  ])('%s', (_, escrow, viewer, buttons) => {
    render(<CheckoutActions escrowId="e2" escrow={escrow} viewerEmail={viewer} />);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(buttons);
  });
});
