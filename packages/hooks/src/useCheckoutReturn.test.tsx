import { docEscrow, docSession } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCheckoutRecord, saveCheckoutRecord } from './checkoutRecord';
import { useCheckoutReturn } from './useCheckoutReturn';
import { useEscrow } from './useEscrow';

const { server, count } = setupMswServer();
const SESSION = docSession.sessionId;
const ESCROW = docSession.escrowId;
const GET_SESSION = `GET /api/escrow/sessions/${SESSION}`;
const GET_ESCROW = `GET /api/escrow/escrows/${ESCROW}`;

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function serve(sessionStatus: string, extra: Record<string, unknown> = {}) {
  server.use(
    http.get('*/api/escrow/sessions/:id', ({ params }) =>
      HttpResponse.json({
        session: { ...docSession, sessionId: params.id, status: sessionStatus, ...extra },
      }),
    ),
    http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
  );
}

function ReturnPage({ search }: { search?: string }) {
  const result = useCheckoutReturn({ search });
  useEscrow(result.escrowId);
  return (
    <p>
      {result.isVerifying
        ? 'verifying'
        : `${result.outcome} ${result.action ?? '-'} ${result.escrowId ?? '-'}`}
    </p>
  );
}

function WithError() {
  const { outcome, error, isVerifying } = useCheckoutReturn();
  return <p>{isVerifying ? 'verifying' : `${outcome} ${error?.status}`}</p>;
}

describe('useCheckoutReturn', () => {
  it('verifies a completed session, then refreshes its escrow', async () => {
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'sign_contract' });
    serve('completed');
    renderWithKit(<ReturnPage search="?status=completed" />);
    expect(await screen.findByText(`completed sign_contract ${ESCROW}`)).toBeInTheDocument();
    expect(count(GET_SESSION)).toBe(1);
    // The escrow was fetched once, then invalidated by the verified return and fetched again.
    await waitFor(() => expect(count(GET_ESCROW)).toBe(2));
    expect(readCheckoutRecord()).toBeUndefined();
  });

  it('treats the URL status as a hint only: the proxy says the session is still open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
      serve('open', { expiresAt: new Date(Date.now() + 20 * 60_000).toISOString() });
      renderWithKit(<ReturnPage search="?status=completed" />);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(screen.getByText(`unknown sign_contract ${ESCROW}`)).toBeInTheDocument();
      // It looked again a few times in case DHMAD was still finishing, then stopped.
      expect(count(GET_SESSION)).toBe(5);
      expect(readCheckoutRecord()).toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(['abandoned', 'expired'])(
    'reports a session that ended %s as abandoned',
    async (status) => {
      saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
      serve(status);
      renderWithKit(<ReturnPage />);
      expect(await screen.findByText(`abandoned sign_contract ${ESCROW}`)).toBeInTheDocument();
    },
  );

  it('reports an open session past its expiry as abandoned', async () => {
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
    serve('open', { expiresAt: '2024-01-15T10:30:00Z' });
    renderWithKit(<ReturnPage />);
    expect(await screen.findByText(/^abandoned/)).toBeInTheDocument();
  });

  it('takes the session id from the URL when storage has none', async () => {
    serve('completed');
    renderWithKit(<ReturnPage search={`?session_id=${SESSION}`} />);
    expect(await screen.findByText(`completed sign_contract ${ESCROW}`)).toBeInTheDocument();
  });

  it('reports unknown, without a request, when there is nothing to verify', async () => {
    renderWithKit(<ReturnPage search="?status=completed" />);
    expect(await screen.findByText('unknown - -')).toBeInTheDocument();
    expect(count(GET_SESSION)).toBe(0);
  });

  it('degrades to unknown when storage is unavailable (private mode)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderWithKit(<ReturnPage search="?status=completed" />);
    expect(await screen.findByText('unknown - -')).toBeInTheDocument();
    expect(count(GET_SESSION)).toBe(0);
  });

  describe.each([
    ['2 h fast', 2 * 3_600_000],
    ['2 h slow', -2 * 3_600_000],
  ])('with the device clock %s', (_, skew) => {
    /** The proxy's clock: the device clock minus the skew, sent as `Date` with every answer. */
    const serverNow = () => Date.now() - skew;
    const dated = (body: object) =>
      HttpResponse.json(body, { headers: { Date: new Date(serverNow()).toUTCString() } });

    beforeEach(() => {
      vi.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      vi.setSystemTime(Date.parse('2026-06-19T12:00:00.000Z') + skew);
    });
    afterEach(() => vi.useRealTimers());

    it('reports completed, not abandoned, a session DHMAD finishes within its 30 minutes', async () => {
      saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
      const expiresAt = new Date(serverNow() + 30 * 60_000).toISOString();
      let answers = 0;
      server.use(
        // Still open on the first look, completed on the next.
        http.get('*/api/escrow/sessions/:id', () =>
          dated({
            session: { ...docSession, status: answers++ === 0 ? 'open' : 'completed', expiresAt },
          }),
        ),
        http.get('*/api/escrow/escrows/:id', () => dated({ escrow: docEscrow })),
      );
      renderWithKit(<ReturnPage search="?status=completed" />);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(screen.getByText(`completed sign_contract ${ESCROW}`)).toBeInTheDocument();
    });

    it('reports abandoned an open session whose expiry has passed on the server', async () => {
      saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
      const expiresAt = new Date(serverNow() - 60_000).toISOString();
      server.use(
        http.get('*/api/escrow/sessions/:id', () =>
          dated({ session: { ...docSession, status: 'open', expiresAt } }),
        ),
        http.get('*/api/escrow/escrows/:id', () => dated({ escrow: docEscrow })),
      );
      renderWithKit(<ReturnPage />);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(screen.getByText(`abandoned sign_contract ${ESCROW}`)).toBeInTheDocument();
    });
  });

  it('reports unknown with the error when the proxy refuses to show the session', async () => {
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
    server.use(
      http.get('*/api/escrow/sessions/:id', () =>
        HttpResponse.json({ error: 'Checkout session not found' }, { status: 404 }),
      ),
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
    );
    renderWithKit(<WithError />);
    expect(await screen.findByText('unknown 404')).toBeInTheDocument();
  });
});
