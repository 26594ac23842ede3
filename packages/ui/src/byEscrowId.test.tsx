import { type Escrow, EscrowKitProvider } from '@kit/hooks';
import { reviewFixture } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactElement, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionButton } from './ActionButton';
import { AttachmentGallery } from './AttachmentGallery';
import { CheckoutActions } from './CheckoutActions';
import { DeadlineCountdown } from './DeadlineCountdown';
import { EscrowStatusBadge } from './EscrowStatusBadge';
import { ProofPanel } from './ProofPanel';
import { ProofTimeline } from './ProofTimeline';

const { server, count, log } = setupMswServer();

const REVIEW_DEADLINE = new Date(Date.now() + 5 * 3_600_000).toISOString();
const { escrow, proof } = reviewFixture(
  [{ mimeType: 'image/jpeg', viewUrl: 'https://files.dhmad.test/receipt.jpg' }],
  REVIEW_DEADLINE,
);
const GET_ESCROW = 'GET /api/escrow/escrows/e1';
const GET_PROOF = 'GET /api/escrow/escrows/e1/proof';
const GET_EVENTS = 'GET /api/escrow/events';

function serve(body: { escrow: Escrow } = { escrow }) {
  server.use(
    http.get('*/api/escrow/escrows/:id', () => HttpResponse.json(body)),
    http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof })),
  );
}

function Kit({ children }: { children: ReactNode }) {
  return (
    <EscrowKitProvider
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      viewer={{ email: 'buyer@example.com' }}
    >
      {children}
    </EscrowKitProvider>
  );
}

/** Each data component given only the escrow's id, and what a user sees once it is loaded. */
const BY_ID: [string, ReactElement, () => void][] = [
  [
    'EscrowStatusBadge',
    <EscrowStatusBadge key="badge" escrowId="e1" data-testid="EscrowStatusBadge" />,
    () => expect(screen.getByTestId('EscrowStatusBadge')).toHaveTextContent('PaidProof in review'),
  ],
  [
    'DeadlineCountdown',
    <DeadlineCountdown key="countdown" escrowId="e1" data-testid="DeadlineCountdown" />,
    () =>
      expect(screen.getByTestId('DeadlineCountdown')).toHaveAttribute('dateTime', REVIEW_DEADLINE),
  ],
  [
    'ProofTimeline',
    <ProofTimeline key="timeline" escrowId="e1" data-testid="ProofTimeline" />,
    () =>
      expect(
        within(screen.getByTestId('ProofTimeline')).getByText('Submission history'),
      ).toBeInTheDocument(),
  ],
  [
    'AttachmentGallery',
    <AttachmentGallery key="gallery" escrowId="e1" data-testid="AttachmentGallery" />,
    () =>
      expect(
        within(screen.getByTestId('AttachmentGallery')).getByRole('button', {
          name: 'Open image 1 of 1',
        }),
      ).toBeInTheDocument(),
  ],
  [
    'CheckoutActions',
    <CheckoutActions key="actions" escrowId="e1" data-testid="CheckoutActions" />,
    () =>
      expect(
        within(screen.getByTestId('CheckoutActions')).getByRole('button', {
          name: 'Review proof',
        }),
      ).toBeInTheDocument(),
  ],
  [
    'ProofPanel',
    <ProofPanel key="panel" escrowId="e1" data-testid="ProofPanel" />,
    () =>
      expect(
        within(screen.getByTestId('ProofPanel')).getByRole('heading', {
          name: 'iPhone 15 from Dubai',
        }),
      ).toBeInTheDocument(),
  ],
];

describe('every data component, given only an escrow id', () => {
  it.each(BY_ID)(
    '%s is busy while loading, then shows the escrow',
    async (name, element, shows) => {
      serve();
      render(<Kit>{element}</Kit>);
      expect(screen.getByTestId(name)).toHaveAttribute('aria-busy', 'true');
      await waitFor(shows);
      await waitFor(() => expect(screen.getByTestId(name)).not.toHaveAttribute('aria-busy'));
    },
  );

  it('makes one request per resource however many components show the escrow', async () => {
    serve();
    render(
      <Kit>
        {BY_ID.map(([, element]) => element)}
        <ActionButton escrowId="e1" action="review_proof" />
      </Kit>,
    );
    for (const [, , shows] of BY_ID) await waitFor(shows);
    expect(count(GET_ESCROW)).toBe(1);
    expect(count(GET_PROOF)).toBe(1);
    expect(log.filter((line) => line !== GET_EVENTS)).toEqual([GET_ESCROW, GET_PROOF]);
    expect(count(GET_EVENTS)).toBeLessThanOrEqual(1); // the provider's one live stream, if opened yet
  });

  it.each(BY_ID)('%s says why the escrow could not be loaded', async (name, element) => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ error: 'Escrow not found' }, { status: 404 }),
      ),
    );
    render(<Kit>{element}</Kit>);
    await waitFor(() =>
      expect(screen.getByTestId(name)).toHaveTextContent('This escrow could not be found.'),
    );
    expect(screen.getByTestId(name)).not.toHaveAttribute('aria-busy');
  });

  it.each(BY_ID)("%s shows DHMAD's message as text, never as HTML", async (name, element) => {
    const userMessage = '<img src="x" onerror="alert(1)">You can only view your own escrows.';
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json(
          {
            error: {
              code: 'NOT_A_PARTY',
              type: 'business_rule_violation',
              message: 'Not a party',
              user_message: userMessage,
            },
          },
          { status: 403 },
        ),
      ),
    );
    render(<Kit>{element}</Kit>);
    await waitFor(() => expect(screen.getByTestId(name)).toHaveTextContent(userMessage));
    expect(screen.getByTestId(name).querySelector('img')).toBeNull();
  });

  it('a failed escrow can be loaded again from the retry button of the component', async () => {
    let fail = true;
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        fail ? HttpResponse.json({}, { status: 403 }) : HttpResponse.json({ escrow }),
      ),
      http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof })),
    );
    render(
      <EscrowKitProvider
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        viewer={{ email: 'buyer@example.com' }}
      >
        <CheckoutActions escrowId="e1" />
      </EscrowKitProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We couldn’t load this escrow.You don’t have access to this escrow.',
    );
    expect(screen.queryByText('Nothing for you to do right now.')).not.toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Review proof' })).toBeInTheDocument();
  });

  it('an escrow without a proof policy shows no files and asks for no proof', async () => {
    serve({
      escrow: { ...escrow, mode: 'standard', fulfillmentPolicy: null, proofInfo: null },
    });
    render(
      <Kit>
        <AttachmentGallery escrowId="e1" data-testid="gallery" />
        <DeadlineCountdown escrowId="e1" data-testid="countdown" />
      </Kit>,
    );
    expect(await screen.findByText('No files yet.')).toBeInTheDocument();
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-state', 'empty');
    // A paid standard escrow has no deadline running: the countdown renders nothing.
    await waitFor(() => expect(screen.queryByTestId('countdown')).toBeNull());
    expect(count(GET_PROOF)).toBe(0);
  });
});
