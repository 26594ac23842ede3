import { docEscrow, docSession } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { act, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCheckoutRecord } from './checkoutRecord';
import { CHECKOUT_RECHECK_DELAYS } from './useCheckoutEffect';
import { useCheckoutReturn } from './useCheckoutReturn';

const { server, count } = setupMswServer();
const SESSION = docSession.sessionId;
const ESCROW = docSession.escrowId;
const GET_ESCROW = `GET /api/escrow/escrows/${ESCROW}`;
const BUYER = { email: docEscrow.buyer.email };

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

/** DHMAD's completed pay session; the escrow stays `pending` for its first `stale` reads. */
function serve(stale: number) {
  let reads = 0;
  server.use(
    http.get('*/api/escrow/sessions/:id', () =>
      HttpResponse.json({
        session: { ...docSession, action: 'accept_pay', status: 'completed' },
      }),
    ),
    http.get('*/api/escrow/escrows/:id', () => {
      reads += 1;
      const status = reads <= stale ? 'pending' : 'paid';
      return HttpResponse.json({ escrow: { ...docEscrow, status, paidAt: null } });
    }),
  );
}

function ReturnPage() {
  const { outcome, isVerifying } = useCheckoutReturn({ search: '?status=completed' });
  return <p>{isVerifying ? 'verifying' : outcome}</p>;
}

describe('useCheckoutReturn: DHMAD redirected back before the escrow moved', () => {
  it('reports processing while the escrow still offers the same action, then completed', async () => {
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
    serve(1);
    renderWithKit(<ReturnPage />, { viewer: BUYER, live: false });
    expect(await screen.findByText('processing')).toBeInTheDocument();
    // The next read (the return's refresh, or the first re-check 1 s later) finds it paid.
    expect(await screen.findByText('completed', {}, { timeout: 3_000 })).toBeInTheDocument();
  });

  it('gives up waiting after the bounded re-checks (about 30 s) and reports completed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
    serve(Number.POSITIVE_INFINITY);
    // Without polling, every read of the escrow is the return's own.
    renderWithKit(<ReturnPage />, { viewer: BUYER, live: false, pollInterval: false });
    expect(await screen.findByText('processing')).toBeInTheDocument();
    const total = CHECKOUT_RECHECK_DELAYS.reduce((sum, ms) => sum + ms, 0);
    expect(total).toBe(30_000);
    const before = count(GET_ESCROW);
    for (const delay of CHECKOUT_RECHECK_DELAYS.slice(0, -1)) {
      await act(() => vi.advanceTimersByTimeAsync(delay));
    }
    expect(screen.getByText('processing')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(CHECKOUT_RECHECK_DELAYS.at(-1) ?? 0));
    expect(await screen.findByText('completed')).toBeInTheDocument();
    // At least one request per re-check, then none once it gave up.
    const after = count(GET_ESCROW);
    expect(after - before).toBeGreaterThanOrEqual(CHECKOUT_RECHECK_DELAYS.length);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(count(GET_ESCROW)).toBe(after);
  });

  it('reports completed at once when the rules cannot tell (no viewer)', async () => {
    saveCheckoutRecord({ sessionId: SESSION, escrowId: ESCROW, action: 'accept_pay' });
    serve(Number.POSITIVE_INFINITY);
    renderWithKit(<ReturnPage />, { live: false });
    expect(await screen.findByText('completed')).toBeInTheDocument();
    expect(screen.queryByText('processing')).toBeNull();
  });
});
