import type { CreateEscrowInput, DhmadClient } from '@kit/proxy';
import { DhmadApiError } from '@kit/proxy';
import { Hono } from 'hono';
import type { DhmadBackend } from './createDhmadBackend';
import type { DemoUser } from './demoConfig';
import type { DemoSessions } from './demoSession';
import type { OrderBook } from './orderBook';
import { readOrderForm } from './readOrderForm';

interface DemoRoutesDeps {
  users: readonly DemoUser[];
  sessions: DemoSessions;
  orders: OrderBook;
  client: DhmadClient;
  backend: DhmadBackend;
  /** Whether cookies get `Secure` (the public URL is HTTPS). */
  secureCookies: boolean;
}

/** One move of the demo clock: at most 30 days (the proxy accepts webhooks a year ahead). */
const MAX_ADVANCE_MS = 30 * 24 * 60 * 60 * 1000;

const problem = (code: string, message: string, details?: Record<string, unknown>) => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/**
 * The marketplace's own API under `/api/demo` (JSON): the demo sign-in, the user's orders, a
 * seller's new order (a quick escrow with proof, created with the server-side DHMAD client), and,
 * with the simulator only, moving its clock.
 */
export function createDemoRoutes(deps: DemoRoutesDeps) {
  const { users, sessions, orders, client, backend } = deps;
  const app = new Hono();

  app.get('/session', async (c) => {
    const user = await sessions.userOf(c.req.raw);
    const mode = backend.simulator ? 'simulator' : 'sandbox';
    return c.json({ user, users, mode });
  });

  app.post('/session', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const user = sessions.find((body as { email?: unknown } | null)?.email);
    if (!user) return c.json(problem('UNKNOWN_USER', 'Choose one of the demo users.'), 400);
    c.header('Set-Cookie', await sessions.signIn(user, deps.secureCookies));
    return c.json({ user });
  });

  app.delete('/session', async (c) => {
    c.header('Set-Cookie', await sessions.signOut());
    return c.body(null, 204);
  });

  app.get('/orders', async (c) => {
    const user = await sessions.userOf(c.req.raw);
    if (!user) return c.json(problem('UNAUTHENTICATED', 'Sign in first.'), 401);
    return c.json({ orders: orders.listFor(user.email) });
  });

  app.post('/orders', async (c) => {
    const user = await sessions.userOf(c.req.raw);
    if (!user) return c.json(problem('UNAUTHENTICATED', 'Sign in first.'), 401);
    if (user.role !== 'seller')
      return c.json(problem('FORBIDDEN', 'Only sellers create orders.'), 403);
    const form = readOrderForm(await c.req.json().catch(() => null));
    if (!form.ok)
      return c.json(problem('INVALID_ORDER', 'Check the highlighted fields.', form.details), 400);
    const input: CreateEscrowInput = { ...form.input, sellerEmail: user.email, mode: 'quick' };
    try {
      const { escrow } = await client.createEscrow(input);
      const order = {
        escrowId: escrow.id,
        title: escrow.title ?? input.title,
        buyerEmail: input.buyerEmail,
        sellerEmail: user.email,
        createdAt: escrow.createdAt ?? new Date().toISOString(),
      };
      orders.add(order);
      return c.json({ order }, 201);
    } catch (error) {
      if (!(error instanceof DhmadApiError)) throw error;
      // Refused input (the client's checks, status 0 with details, or DHMAD's 4xx) is the form's to
      // show per field; anything else is DHMAD being unreachable or broken.
      const refused = error.details !== undefined || (error.status >= 400 && error.status < 500);
      const status = refused ? 400 : 502;
      const message =
        error.userMessage ??
        (refused ? 'Check the highlighted fields.' : 'DHMAD could not be reached. Try again.');
      return c.json(problem(error.code, message, error.details), status);
    }
  });

  app.post('/clock', async (c) => {
    const simulator = backend.simulator;
    if (!simulator)
      return c.json(problem('NOT_FOUND', 'Only the simulator has a clock to move.'), 404);
    const body = (await c.req.json().catch(() => null)) as { advanceMs?: unknown } | null;
    const ms = body?.advanceMs;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) {
      return c.json(
        problem(
          'INVALID_CLOCK',
          'advanceMs must be a positive number of milliseconds, at most 30 days.',
        ),
        400,
      );
    }
    simulator.clock.advance(ms);
    return c.json({ now: simulator.clock.now().toISOString() });
  });

  return app;
}
