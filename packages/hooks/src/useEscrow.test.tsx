import { docEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit, testQueryClient } from '@kit/test-utils/react';
import { focusManager, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EscrowKitProvider } from './EscrowKitProvider';
import { escrowKeys } from './escrowKeys';
import type { Escrow } from './model';
import { useEscrow } from './useEscrow';

const { server, count } = setupMswServer();
const GET_E1 = 'GET /api/escrow/escrows/e1';

function serveEscrow(escrow: Partial<Escrow>) {
  server.use(
    http.get('*/api/escrow/escrows/:id', ({ params }) =>
      HttpResponse.json({ escrow: { ...docEscrow, id: params.id, ...escrow } }),
    ),
  );
}

function Status({ id }: { id: string }) {
  const { data, error } = useEscrow(id);
  return <p>{error ? `error ${error.code} ${error.status}` : (data?.status ?? 'loading')}</p>;
}

/** Lets fake time pass, with React and the fetch promises settling in between. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useEscrow', () => {
  it('five components showing one escrow make one request', async () => {
    serveEscrow({ status: 'paid' });
    renderWithKit(
      <div>
        {[1, 2, 3, 4, 5].map((n) => (
          <Status key={n} id="e1" />
        ))}
      </div>,
    );
    expect(await screen.findAllByText('paid')).toHaveLength(5);
    expect(count(GET_E1)).toBe(1);
  });

  it('works inside an existing QueryClientProvider, filling its cache', async () => {
    serveEscrow({ status: 'delivered' });
    const outer = testQueryClient();
    render(
      <QueryClientProvider client={outer}>
        <EscrowKitProvider>
          <Status id="e1" />
        </EscrowKitProvider>
      </QueryClientProvider>,
    );
    await screen.findByText('delivered');
    expect(outer.getQueryData<Escrow>(escrowKeys.detail('e1'))?.status).toBe('delivered');
  });

  it('works with no QueryClientProvider at all', async () => {
    serveEscrow({ status: 'pending' });
    render(
      <EscrowKitProvider baseUrl="/api/escrow/">
        <Status id="e1" />
      </EscrowKitProvider>,
    );
    expect(await screen.findByText('pending')).toBeInTheDocument();
  });

  it('sends the provider headers, from an async function', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('*/api/escrow/escrows/:id', ({ request }) => {
        seen.push(request.headers.get('x-csrf-token'));
        return HttpResponse.json({ escrow: docEscrow });
      }),
    );
    renderWithKit(<Status id="e1" />, { headers: async () => ({ 'X-CSRF-Token': 'abc' }) });
    await screen.findByText('paid');
    expect(seen).toEqual(['abc']);
  });

  it('makes no request without an id, and warns once in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithKit(
      <>
        <Status id="" />
        <Status id="" />
      </>,
    );
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getAllByText('loading')).toHaveLength(2);
    expect(count('GET /api/escrow/escrows/')).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/useEscrow was called without an escrow id/);
    warn.mockRestore();
  });
});

describe('useEscrow over time', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls every 30 s while the escrow waits on a party', async () => {
    serveEscrow({ status: 'paid' });
    renderWithKit(<Status id="e1" />);
    await advance(0);
    expect(count(GET_E1)).toBe(1);
    await advance(29_000);
    expect(count(GET_E1)).toBe(1);
    await advance(1_000);
    expect(count(GET_E1)).toBe(2);
    await advance(30_000);
    expect(count(GET_E1)).toBe(3);
  });

  it('uses the provider poll interval', async () => {
    serveEscrow({ status: 'pending' });
    renderWithKit(<Status id="e1" />, { pollInterval: 5_000 });
    await advance(10_000);
    expect(count(GET_E1)).toBe(3);
  });

  it.each(['completed', 'cancelled'])(
    'makes no request over 10 minutes once the escrow is %s, focus included',
    async (status) => {
      serveEscrow({ status });
      renderWithKit(<Status id="e1" />);
      await advance(0);
      expect(screen.getByText(status)).toBeInTheDocument();
      act(() => {
        focusManager.setFocused(false);
        focusManager.setFocused(true);
      });
      await advance(10 * 60_000);
      expect(count(GET_E1)).toBe(1);
    },
  );

  it('re-fetches a waiting escrow when the window regains focus', async () => {
    serveEscrow({ status: 'delivered' });
    renderWithKit(<Status id="e1" />);
    await advance(6_000);
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await advance(0);
    expect(count(GET_E1)).toBe(2);
    act(() => focusManager.setFocused(undefined));
  });

  it.each([400, 401, 403, 404, 409])('never retries a %i', async (status) => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ error: 'No' }, { status })),
    );
    renderWithKit(<Status id="e1" />);
    await advance(2 * 60_000);
    expect(screen.getByText(`error HTTP_ERROR ${status}`)).toBeInTheDocument();
    expect(count(GET_E1)).toBe(1);
  });

  it('retries a 500 twice with backoff, then reports it', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ error: 'Boom' }, { status: 500 }),
      ),
    );
    renderWithKit(<Status id="e1" />, { pollInterval: false });
    await advance(0);
    expect(count(GET_E1)).toBe(1);
    await advance(2_000);
    expect(count(GET_E1)).toBe(2);
    await advance(4_000);
    expect(count(GET_E1)).toBe(3);
    await advance(60_000);
    expect(count(GET_E1)).toBe(3);
    expect(screen.getByText('error HTTP_ERROR 500')).toBeInTheDocument();
  });

  it('retries a dead network twice, then reports NETWORK_ERROR', async () => {
    server.use(http.get('*/api/escrow/escrows/:id', () => HttpResponse.error()));
    renderWithKit(<Status id="e1" />, { pollInterval: false });
    await advance(60_000);
    expect(count(GET_E1)).toBe(3);
    expect(screen.getByText('error NETWORK_ERROR 0')).toBeInTheDocument();
  });

  it('waits out a 429 retryAfter before polling again', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ error: 'Too Many Requests', retryAfter: 120 }, { status: 429 }),
      ),
    );
    renderWithKit(<Status id="e1" />);
    await advance(0);
    await advance(100_000);
    expect(count(GET_E1)).toBe(1);
    await advance(20_000);
    expect(count(GET_E1)).toBe(2);
  });
});
