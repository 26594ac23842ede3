import { docEscrow, docSession } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse, http } from 'msw';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { CheckoutReturnStatus } from './CheckoutReturnStatus';

const { server, count } = setupMswServer();
const SEARCH = `?sessionId=${docSession.sessionId}`;
const GET_SESSION = `GET /api/escrow/sessions/${docSession.sessionId}`;
const BUYER = { email: docEscrow.buyer.email };

afterEach(() => sessionStorage.clear());

/** The proxy's session (as `session`), and the escrow pending for its first `stale` reads. */
function serve(session: Record<string, unknown>, stale = 0) {
  let reads = 0;
  server.use(
    http.get('*/api/escrow/sessions/:id', () =>
      HttpResponse.json({ session: { ...docSession, ...session } }),
    ),
    http.get('*/api/escrow/escrows/:id', () => {
      reads += 1;
      const status = reads <= stale ? 'pending' : 'paid';
      return HttpResponse.json({ escrow: { ...docEscrow, status } });
    }),
  );
}

const status = () => screen.getByRole('status');

describe('CheckoutReturnStatus', () => {
  it('says it is checking while the session is verified, and forwards its ref', async () => {
    server.use(http.get('*/api/escrow/sessions/:id', () => delay('infinite')));
    const ref = createRef<HTMLDivElement>();
    renderWithKit(<CheckoutReturnStatus ref={ref} search={SEARCH} className="mine" />);
    await waitFor(() => expect(status()).toHaveTextContent('Checking with DHMAD…'));
    expect(ref.current).toHaveAttribute('data-outcome', 'verifying');
    expect(ref.current).toHaveClass('mine');
  });

  it('says "Confirming your payment…" until the escrow shows it, then "Payment confirmed."', async () => {
    serve({ action: 'accept_pay', status: 'completed' }, 1);
    const { container } = renderWithKit(<CheckoutReturnStatus search={SEARCH} />, {
      viewer: BUYER,
      live: false,
    });
    await waitFor(() => expect(status()).toHaveTextContent('Confirming your payment…'));
    expect(container.firstChild).toHaveAttribute('data-outcome', 'processing');
    await waitFor(() => expect(status()).toHaveTextContent('Payment confirmed.'), {
      timeout: 3_000,
    });
    expect(container.firstChild).toHaveAttribute('data-outcome', 'completed');
  });

  it('says the user left the checkout, and nothing changed', async () => {
    serve({ action: 'accept_pay', status: 'abandoned' });
    renderWithKit(<CheckoutReturnStatus search={SEARCH} />, { viewer: BUYER, live: false });
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'You left the checkout before finishing. Nothing was changed.',
      ),
    );
  });

  it('says it could not confirm yet, and checks again on request', async () => {
    serve({ action: 'accept_pay', status: 'open', expiresAt: '2999-01-01T00:00:00Z' });
    renderWithKit(<CheckoutReturnStatus search={SEARCH} />, { viewer: BUYER, live: false });
    const again = await screen.findByRole('button', { name: 'Check again' });
    expect(status()).toHaveTextContent('We could not confirm the checkout yet.');
    const before = count(GET_SESSION);
    serve({ action: 'accept_pay', status: 'completed' });
    await userEvent.click(again);
    await waitFor(() => expect(status()).toHaveTextContent('Payment confirmed.'));
    expect(count(GET_SESSION)).toBe(before + 1);
  });

  it('does not flip back to "Checking…" while it looks again at a session the URL calls completed', async () => {
    const open = { ...docSession, action: 'accept_pay', status: 'open', expiresAt: '2999-01-01' };
    server.use(
      http.get('*/api/escrow/sessions/:id', async () => {
        await delay(200);
        return HttpResponse.json({ session: open });
      }),
    );
    renderWithKit(<CheckoutReturnStatus search={`${SEARCH}&status=completed`} />, {
      live: false,
    });
    await waitFor(() =>
      expect(status()).toHaveTextContent('We could not confirm the checkout yet.'),
    );
    const said: string[] = [];
    new MutationObserver(() => said.push(status().textContent ?? '')).observe(status(), {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const before = count(GET_SESSION);
    // The hook looks again 2 s later (the URL's hint).
    await waitFor(() => expect(count(GET_SESSION)).toBeGreaterThan(before), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(said).toEqual([]);
  });

  it('without a session id: could not confirm, with no button and no request', async () => {
    renderWithKit(<CheckoutReturnStatus search="" />);
    await waitFor(() =>
      expect(status()).toHaveTextContent('We could not confirm the checkout yet.'),
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an action it does not know with the generic sentence, never the server’s text', async () => {
    serve({ action: '<img src=x onerror=alert(1)>', status: 'completed' });
    const { container } = renderWithKit(<CheckoutReturnStatus search={SEARCH} />, {
      live: false,
    });
    await waitFor(() => expect(status()).toHaveTextContent('Confirmed by DHMAD.'));
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([
    ['fr-TN', fr, 'Paiement confirmé.', undefined],
    ['ar-TN', ar, 'تم تأكيد الدفع.', 'rtl'],
  ])('speaks %s', async (locale, messages, text, dir) => {
    serve({ action: 'accept_pay', status: 'completed' });
    renderWithKit(
      <EscrowUIProvider locale={locale} messages={messages}>
        <CheckoutReturnStatus search={SEARCH} />
      </EscrowUIProvider>,
      { live: false },
    );
    await waitFor(() => expect(status()).toHaveTextContent(text));
    if (dir) expect(status().parentElement).toHaveAttribute('dir', dir);
  });
});

describeConformance('CheckoutReturnStatus', (props) => (
  <CheckoutReturnStatus search="" {...props} />
));
