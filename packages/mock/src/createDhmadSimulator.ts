import type { CheckoutSession, Escrow } from '@kit/hooks/core';
import type { CompleteSessionOptions } from './applyCheckoutAction';
import { applyDeadlines } from './applyDeadlines';
import type { Fault, FaultRoute } from './applyFault';
import { latestSessionOf, sessionJson } from './checkoutSession';
import { createEscrow } from './createEscrow';
import { escrowJson } from './escrowJson';
import { abandonSession, completeSession } from './hostedCheckout';
import { loadScenario } from './loadScenario';
import type { SimulatorEvent } from './recordEvent';
import { routeRequest } from './routeRequest';
import { SCENARIOS, type ScenarioId } from './scenarios';
import type { DhmadSimulatorOptions } from './simulatorOptions';
import { createSimulatorState } from './simulatorState';
import type { SimulatorWebhooks } from './webhooks/createWebhookDispatcher';

/** An in-memory DHMAD, as `createDhmadSimulator` returns it. */
export interface DhmadSimulator {
  /**
   * Answers a request as DHMAD would: its own paths under `/api/v1` (API key required), the
   * proxy contract under `basePath` (no key, as a trusted proxy), DHMAD's hosted checkout as
   * HTML pages (`GET`/`POST /checkout/:sessionId`, `GET /checkout/:sessionId/abandon`) under
   * the path of `checkoutOrigin`, and attachment links under `filesBaseUrl`. Rejects, like `fetch`, when a network failure is injected. `routing.basePath`
   * serves the proxy contract elsewhere for this request (MSW handlers pass their `baseUrl`).
   */
  handle(request: Request, routing?: { basePath?: string }): Promise<Response>;
  /** Where the proxy contract is served, without a trailing slash. */
  basePath: string;
  /** Where attachment links point, without a trailing slash. */
  filesBaseUrl: string;
  /** Every change so far, oldest first, named as DHMAD's webhooks. */
  events: SimulatorEvent[];
  /** The webhook deliveries of those changes (option `webhooks`) and `settled()` to await them. */
  webhooks: SimulatorWebhooks;
  clock: {
    now(): Date;
    /** Moves simulated time on, applying every deadline it passes. */
    advance(ms: number): void;
  };
  /**
   * Plays the hosted checkout: the target user finishes the session's action. Throws when the
   * session cannot be used or its action is no longer possible, and a `RangeError` when
   * `attachments[].bytes` would pass the simulator's 50 MB of uploads.
   */
  completeSession(sessionId: string, opts?: CompleteSessionOptions): CheckoutSession;
  /** Plays a user who leaves the hosted checkout without finishing. */
  abandonSession(sessionId: string): CheckoutSession;
  /** Creates an escrow as `POST /api/v1/escrows` would; throws on invalid input. */
  createEscrow(body: Record<string, unknown>): Escrow;
  /** Loads a ready escrow from `scenarios`, with the scenario's name as its id. */
  loadScenario(name: ScenarioId): string;
  /** The escrow as DHMAD would return it now. */
  getEscrow(id: string): Escrow | undefined;
  /** The last session created for an escrow, to complete it from a test or a story. */
  latestSession(escrowId: string): CheckoutSession | undefined;
  faults: {
    /** Injects a fault into a route (or `'all'`) until cleared. */
    set(route: FaultRoute, fault: Fault): void;
    clear(route?: FaultRoute): void;
  };
  /** Changes the dashboard's allowed redirect URLs (`[]`: none configured). */
  setAllowedRedirectUrls(urls: string[]): void;
  /**
   * Changes the signed-in user (`viewerEmail`): whose checkout a proxy-contract session
   * targets when the request names nobody, and who takes the direct actions (`undefined`: the
   * right party, whoever that is).
   */
  setViewer(email: string | undefined): void;
}

/**
 * An in-memory DHMAD: escrows in every mode, status and proof phase, the checkout-session
 * rules (shared with `@kit/hooks`), the hosted checkout played by `completeSession`, proof
 * deadlines driven by `clock.advance`, time-limited attachment links, DHMAD's webhooks (signed,
 * to a URL or a callback) and injectable faults. `handle(request)` serves DHMAD's own paths and the kit's proxy contract.
 */
export function createDhmadSimulator(options: DhmadSimulatorOptions = {}): DhmadSimulator {
  const state = createSimulatorState(options);
  if (options.scenarios) {
    const names =
      options.scenarios === true ? (Object.keys(SCENARIOS) as ScenarioId[]) : options.scenarios;
    for (const name of names) loadScenario(state, name);
  }
  return {
    handle: (request, routing) => routeRequest(state, request, routing),
    basePath: state.config.basePath,
    filesBaseUrl: state.config.filesBaseUrl,
    events: state.events,
    webhooks: { deliveries: state.webhooks.deliveries, settled: state.webhooks.settled },
    clock: {
      now: () => new Date(state.clock.now()),
      advance(ms) {
        state.clock.advance(ms);
        applyDeadlines(state);
      },
    },
    completeSession: (sessionId, opts) => completeSession(state, sessionId, opts),
    abandonSession: (sessionId) => abandonSession(state, sessionId),
    createEscrow(body) {
      const created = createEscrow(state, body);
      if (!created.ok) throw new Error('Invalid escrow: see DHMAD validation rules.');
      return escrowJson(state, created.escrow.id) as Escrow;
    },
    loadScenario: (name) => loadScenario(state, name),
    getEscrow: (id) => escrowJson(state, id),
    latestSession(escrowId) {
      const session = latestSessionOf(state, escrowId);
      return session ? sessionJson(state, session) : undefined;
    },
    faults: {
      set(route, fault) {
        state.faults.set(route, fault);
      },
      clear(route) {
        if (route) state.faults.delete(route);
        else state.faults.clear();
      },
    },
    setAllowedRedirectUrls(urls) {
      state.allowedRedirectUrls = [...urls];
    },
    setViewer(email) {
      state.viewerEmail = email;
    },
  };
}
