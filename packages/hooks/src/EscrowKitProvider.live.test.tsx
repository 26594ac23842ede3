import { docProof, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit, testQueryClient } from '@kit/test-utils/react';
import { focusManager } from '@tanstack/react-query';
import { act, render as rtlRender } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EscrowKitProvider } from './EscrowKitProvider';
import type { Escrow } from './model';
import { useEscrow } from './useEscrow';
import { useEscrowProof } from './useEscrowProof';

const { server, count } = setupMswServer();
const EVENTS = 'GET /api/escrow/events';
const getEscrow = (id: string) => count(`GET /api/escrow/escrows/${id}`);
const getProof = (id: string) => count(`GET /api/escrow/escrows/${id}/proof`);

/** One opened stream, as the proxy saw its request; the test writes to it. */
interface Stream {
  ids: string[];
  headers: Headers;
  send(text: string): void;
  end(): void;
}

/**
 * Serves the escrows (status by id, `paid` by default) and their proofs, and the events
 * route: `events` answers each request, by default with a stream the test drives.
 */
function serve(statuses: Record<string, Escrow['status']> = {}, events?: () => Response) {
  const streams: Stream[] = [];
  server.use(
    http.get('*/api/escrow/escrows/:id', ({ params }) =>
      HttpResponse.json({
        escrow: quickEscrow({ id: String(params.id), status: statuses[String(params.id)] }),
      }),
    ),
    http.get('*/api/escrow/escrows/:id/proof', () => HttpResponse.json({ proof: docProof })),
    http.get('*/api/escrow/events', ({ request }) => {
      if (events) return events();
      const encoder = new TextEncoder();
      let body!: ReadableStreamDefaultController<Uint8Array>;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          body = controller;
        },
      });
      streams.push({
        ids: new URL(request.url).searchParams.getAll('escrow'),
        headers: request.headers,
        send: (text) => body.enqueue(encoder.encode(text)),
        end: () => body.close(),
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream' } });
    }),
  );
  return streams;
}

const message = (id: string, escrowId: string) =>
  `id: ${id}\ndata: ${JSON.stringify({ escrowId, event: 'escrow.proof.submitted' })}\n\n`;

function Shows({ id }: { id: string }) {
  useEscrow(id);
  useEscrowProof(id);
  return null;
}

/** A page showing each escrow of `ids`. */
const Page = ({ ids }: { ids: string[] }) => ids.map((id) => <Shows key={id} id={id} />);

/** Lets fake time pass, with React and the fetch promises settling in between. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function render(ui: ReactNode, live?: boolean) {
  return renderWithKit(ui, { live, headers: { 'X-CSRF-Token': 'abc' } });
}

describe('EscrowKitProvider live updates', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens one stream for every escrow on the page, with the provider headers', async () => {
    const streams = serve();
    render(
      <>
        <Page ids={['e2', 'e1']} />
        <Page ids={['e1']} />
      </>,
    );
    await advance(300);
    expect(count(EVENTS)).toBe(1);
    expect(streams[0]?.ids).toEqual(['e1', 'e2']);
    expect(streams[0]?.headers.get('accept')).toBe('text/event-stream');
    expect(streams[0]?.headers.get('x-csrf-token')).toBe('abc');
    expect(streams[0]?.headers.get('last-event-id')).toBeNull();
  });

  it('leaves out an escrow the proxy refuses to show (404, 403), keeping the others live', async () => {
    const streams = serve();
    server.use(
      http.get('*/api/escrow/escrows/gone', () =>
        HttpResponse.json(
          { error: { code: 'NOT_FOUND', message: 'No such escrow' } },
          { status: 404 },
        ),
      ),
      http.get('*/api/escrow/escrows/other', () =>
        HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'Not yours' } }, { status: 403 }),
      ),
    );
    render(<Page ids={['e1', 'gone', 'other']} />);
    await advance(300);
    expect(streams.map((s) => s.ids)).toEqual([['e1']]);
  });

  it('reopens it, debounced, when the set of escrows changes', async () => {
    const streams = serve();
    const queryClient = testQueryClient();
    const { rerender } = rtlRender(<Page ids={['e1']} />, {
      wrapper: ({ children }) => (
        <EscrowKitProvider queryClient={queryClient}>{children}</EscrowKitProvider>
      ),
    });
    await advance(300);
    rerender(<Page ids={['e1', 'e2']} />);
    await advance(100);
    rerender(<Page ids={['e1', 'e2', 'e3']} />);
    await advance(300);
    expect(streams.map((s) => s.ids)).toEqual([['e1'], ['e1', 'e2', 'e3']]);
  });

  it('an event refetches that escrow and its proof only', async () => {
    const streams = serve();
    render(<Page ids={['e1', 'e2']} />);
    await advance(300);
    expect([getEscrow('e1'), getProof('e1'), getEscrow('e2'), getProof('e2')]).toEqual([
      1, 1, 1, 1,
    ]);
    streams[0]?.send(message('7', 'e2'));
    await advance(10);
    expect([getEscrow('e1'), getProof('e1'), getEscrow('e2'), getProof('e2')]).toEqual([
      1, 1, 2, 2,
    ]);
  });

  it('in a hidden tab, an event refetches when the tab regains focus', async () => {
    const streams = serve();
    render(<Page ids={['e1']} />);
    await advance(300);
    act(() => focusManager.setFocused(false));
    streams[0]?.send(message('3', 'e1'));
    await advance(60_000);
    expect([getEscrow('e1'), getProof('e1')]).toEqual([1, 1]);
    act(() => focusManager.setFocused(true));
    await advance(10);
    expect([getEscrow('e1'), getProof('e1')]).toEqual([2, 2]);
    focusManager.setFocused(undefined);
  });

  it('ignores heartbeats, malformed data and unknown escrows', async () => {
    const streams = serve();
    render(<Page ids={['e1']} />);
    await advance(300);
    streams[0]?.send(': heartbeat\n\ndata: not json\n\ndata: {"event":"x"}\n\n');
    streams[0]?.send(message('1', 'e9'));
    await advance(10);
    expect([getEscrow('e1'), getProof('e1'), count(EVENTS)]).toEqual([1, 1, 1]);
  });

  it('does not poll while the stream is up, and polls again once it drops', async () => {
    const streams = serve();
    render(<Page ids={['e1']} />);
    await advance(300);
    await advance(120_000);
    expect([getEscrow('e1'), getProof('e1')]).toEqual([1, 1]);
    server.use(http.get('*/api/escrow/events', () => new HttpResponse(null, { status: 503 })));
    streams[0]?.end();
    await advance(30_000);
    expect(getEscrow('e1')).toBe(2);
    expect(getProof('e1')).toBe(2);
  });

  it('reconnects after a drop with Last-Event-ID, and refetches everything watched', async () => {
    const streams = serve();
    render(<Page ids={['e1', 'e2']} />);
    await advance(300);
    streams[0]?.send(`retry: 2000\n\n${message('41', 'e1')}`);
    await advance(10);
    expect([getEscrow('e1'), getEscrow('e2')]).toEqual([2, 1]);
    streams[0]?.end();
    await advance(900);
    expect(count(EVENTS)).toBe(1); // no sooner than half the server's retry hint
    await advance(1_200);
    expect(count(EVENTS)).toBe(2);
    expect(streams[1]?.headers.get('last-event-id')).toBe('41');
    expect([getEscrow('e1'), getProof('e1'), getEscrow('e2'), getProof('e2')]).toEqual([
      3, 3, 2, 2,
    ]);
  });

  it('backs off exponentially, with a cap, while the stream cannot be opened', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    serve({}, () => new HttpResponse(null, { status: 502 }));
    render(<Page ids={['e1']} />);
    await advance(300);
    const opened: number[] = [];
    for (let second = 1; second <= 150; second++) {
      await advance(1_000);
      if (count(EVENTS) > opened.length + 1) opened.push(second);
    }
    // 1, 2, 4, 8, 16 s apart, then 30 s at most.
    expect(opened).toEqual([1, 3, 7, 15, 31, 61, 91, 121]);
    vi.mocked(Math.random).mockRestore();
  });

  it('asks a proxy without the events route (404) once, then only after 10 minutes', async () => {
    serve({}, () => new HttpResponse('Not found', { status: 404 }));
    render(<Page ids={['e1']} />);
    await advance(300);
    await advance(9 * 60_000);
    expect(count(EVENTS)).toBe(1);
    expect(getEscrow('e1')).toBe(19); // polled every 30 s meanwhile
    await advance(61_000);
    expect(count(EVENTS)).toBe(2);
  });

  it('treats an answer that is not an event stream as no events route', async () => {
    serve({}, () => HttpResponse.html('<!doctype html><p>App</p>'));
    render(<Page ids={['e1']} />);
    await advance(300);
    await advance(5 * 60_000);
    expect(count(EVENTS)).toBe(1);
  });

  it.each([401, 403])('stops after a %i and keeps polling', async (status) => {
    serve({}, () => HttpResponse.json({ error: 'no' }, { status }));
    render(<Page ids={['e1']} />);
    await advance(300);
    await advance(15 * 60_000);
    expect(count(EVENTS)).toBe(1);
    expect(getEscrow('e1')).toBe(31);
  });

  it('does not watch completed or cancelled escrows', async () => {
    const streams = serve({ e1: 'completed', e2: 'paid', e3: 'cancelled' });
    render(<Page ids={['e1', 'e2', 'e3']} />);
    await advance(300);
    expect(streams.map((s) => s.ids)).toEqual([['e2']]);
  });

  it('opens no stream when every escrow on the page is terminal', async () => {
    serve({ e1: 'completed' });
    render(<Page ids={['e1']} />);
    await advance(60_000);
    expect(count(EVENTS)).toBe(0);
  });

  it('opens nothing with live={false}, and polls', async () => {
    serve();
    render(<Page ids={['e1']} />, false);
    await advance(60_300);
    expect(count(EVENTS)).toBe(0);
    expect(getEscrow('e1')).toBe(3);
  });

  it("goes through the provider's fetch, and aborts the stream when the provider unmounts", async () => {
    serve();
    const signals: (AbortSignal | null | undefined)[] = [];
    const { unmount } = renderWithKit(<Page ids={['e1']} />, {
      fetch: (input, init) => {
        signals.push(init?.signal);
        return fetch(input, init);
      },
    });
    await advance(300);
    expect(signals).toHaveLength(3); // the escrow, its proof and the stream
    expect(signals.some((signal) => signal?.aborted)).toBe(false);
    unmount();
    await advance(60_000);
    expect(signals.filter((signal) => signal?.aborted)).toHaveLength(1);
    expect(count(EVENTS)).toBe(1);
  });
});
