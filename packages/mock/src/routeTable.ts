import type { ApiSurface, SurfaceName } from './apiSurfaces';
import type { FaultRoute } from './applyFault';
import { abandonCheckoutRoute } from './routes/abandonCheckoutRoute';
import { cancelEscrowRoute } from './routes/cancelEscrowRoute';
import { createEscrowRoute } from './routes/createEscrowRoute';
import { createSessionRoute } from './routes/createSessionRoute';
import { deliverEscrowRoute } from './routes/deliverEscrowRoute';
import { getEscrowRoute } from './routes/getEscrowRoute';
import { getProofRoute } from './routes/getProofRoute';
import { getSessionRoute } from './routes/getSessionRoute';
import { rejectDeliveryRoute } from './routes/rejectDeliveryRoute';
import { showCheckoutRoute } from './routes/showCheckoutRoute';
import { submitCheckoutRoute } from './routes/submitCheckoutRoute';
import type { SimulatorState } from './simulatorState';

/** What a route handler is given. */
export interface RouteContext {
  state: SimulatorState;
  request: Request;
  /** The `:name` segments of the path, decoded. */
  params: Readonly<Record<string, string>>;
  /** The way the request came in. */
  surface: ApiSurface;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;

/** One method of one path. */
export interface Route {
  /**
   * The surfaces that serve it, each under its own prefix (`/api/v1`, the proxy's `basePath`,
   * the path of `checkoutOrigin`).
   */
  on: readonly SurfaceName[];
  /** Where `simulator.faults` can break it. */
  fault?: FaultRoute;
  handle: RouteHandler;
}

/** Paths (`:name` matches one non-empty segment), then methods. */
export type RouteTable = Readonly<Record<string, Partial<Record<'GET' | 'POST', Route>>>>;

/** The proxy contract mirrors DHMAD's paths (DESIGN.md), so most routes are served on both. */
const BOTH: readonly SurfaceName[] = ['dhmad', 'proxy'];
/** Not (yet) part of the proxy contract the simulator serves. */
const DHMAD_ONLY: readonly SurfaceName[] = ['dhmad'];
/** DHMAD's hosted checkout pages, for the user's browser. */
const CHECKOUT: readonly SurfaceName[] = ['checkout'];

/**
 * Every route of the simulator: DHMAD's paths (dhmad-api.md), the kit's proxy contract, and
 * DHMAD's hosted checkout (`{checkoutOrigin}/checkout/:sessionId`, dhmad-api.md §3.2).
 */
export const ROUTES: RouteTable = {
  '/escrows': { POST: { on: DHMAD_ONLY, handle: createEscrowRoute } },
  '/escrows/:id': { GET: { on: BOTH, fault: 'escrow', handle: getEscrowRoute } },
  '/escrows/:id/proof': { GET: { on: BOTH, fault: 'proof', handle: getProofRoute } },
  '/escrows/:id/sessions': {
    POST: { on: BOTH, fault: 'createSession', handle: createSessionRoute },
  },
  '/sessions/:id': { GET: { on: BOTH, fault: 'session', handle: getSessionRoute } },
  '/escrows/:id/deliver': { POST: { on: BOTH, fault: 'deliver', handle: deliverEscrowRoute } },
  '/escrows/:id/reject-delivery': {
    POST: { on: BOTH, fault: 'rejectDelivery', handle: rejectDeliveryRoute },
  },
  '/escrows/:id/cancel': { POST: { on: BOTH, fault: 'cancel', handle: cancelEscrowRoute } },
  '/checkout/:sessionId': {
    GET: { on: CHECKOUT, handle: showCheckoutRoute },
    POST: { on: CHECKOUT, handle: submitCheckoutRoute },
  },
  '/checkout/:sessionId/abandon': { GET: { on: CHECKOUT, handle: abandonCheckoutRoute } },
};
