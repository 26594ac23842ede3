import { businessError, docSessionCreated } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { readCheckoutRecord } from './checkoutRecord';
import type { CreateCheckoutSessionInput } from './model';
import { useCreateCheckoutSession } from './useCreateCheckoutSession';

const { server, count } = setupMswServer();
const POST = 'POST /api/escrow/escrows/e1/sessions';

afterEach(() => sessionStorage.clear());

function Checkout({ input }: { input: CreateCheckoutSessionInput }) {
  const { mutate, data, error, isPending } = useCreateCheckoutSession('e1');
  return (
    <div>
      <button type="button" onClick={() => mutate(input)}>
        Pay
      </button>
      <p>{isPending ? 'busy' : (data?.url ?? error?.code ?? 'idle')}</p>
    </div>
  );
}

describe('useCreateCheckoutSession', () => {
  it('posts the action with the provider redirectUrl and remembers the session', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(docSessionCreated, { status: 201 });
      }),
    );
    renderWithKit(<Checkout input={{ action: 'accept_pay' }} />, {
      redirectUrl: 'https://shop.example/checkout/return',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText(docSessionCreated.url)).toBeInTheDocument();
    expect(bodies).toEqual([
      { action: 'accept_pay', redirectUrl: 'https://shop.example/checkout/return' },
    ]);
    expect(readCheckoutRecord()).toEqual({
      sessionId: docSessionCreated.sessionId,
      escrowId: 'e1',
      action: 'accept_pay',
    });
  });

  it('sends one request however often it is asked while pending', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', async () => {
        await answered;
        return HttpResponse.json(docSessionCreated, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithKit(<Checkout input={{ action: 'accept_pay' }} />);
    const button = screen.getByRole('button', { name: 'Pay' });
    for (let i = 0; i < 20; i++) await user.click(button);
    expect(screen.getByText('busy')).toBeInTheDocument();
    answer();
    expect(await screen.findByText(docSessionCreated.url)).toBeInTheDocument();
    expect(count(POST)).toBe(1);
  });

  it.each([
    [500, { error: 'Internal Server Error' }, 'HTTP_ERROR'],
    [
      400,
      businessError(
        'PAYMENT_ALREADY_DONE',
        'Payment has already been completed for this transaction.',
      ),
      'PAYMENT_ALREADY_DONE',
    ],
  ])('never retries the POST (%i)', async (status, body, code) => {
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', () => HttpResponse.json(body, { status })),
    );
    renderWithKit(<Checkout input={{ action: 'accept_pay' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText(code)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(count(POST)).toBe(1);
    expect(readCheckoutRecord()).toBeUndefined();
  });

  it('retries nothing on a dead network either', async () => {
    server.use(http.post('*/api/escrow/escrows/:id/sessions', () => HttpResponse.error()));
    renderWithKit(<Checkout input={{ action: 'dispute' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('NETWORK_ERROR')).toBeInTheDocument();
    expect(count(POST)).toBe(1);
  });

  it.each([
    ['a non-string value', { order: 42 }],
    ['a value over 500 characters', { note: 'x'.repeat(501) }],
    ['an array', ['a']],
  ])('refuses metadata with %s before any request', async (_, metadata) => {
    renderWithKit(
      <Checkout
        input={{ action: 'accept_pay', metadata: metadata as unknown as Record<string, string> }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('INVALID_METADATA')).toBeInTheDocument();
    expect(count(POST)).toBe(0);
  });

  it('accepts metadata values of exactly 500 characters', async () => {
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', () =>
        HttpResponse.json(docSessionCreated, { status: 201 }),
      ),
    );
    renderWithKit(
      <Checkout input={{ action: 'accept_pay', metadata: { note: 'x'.repeat(500) } }} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(count(POST)).toBe(1));
  });

  it('refuses an action outside the ten before any request', async () => {
    renderWithKit(<Checkout input={{ action: 'refund_now' as 'dispute' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('INVALID_ACTION')).toBeInTheDocument();
    expect(count(POST)).toBe(0);
  });
});
