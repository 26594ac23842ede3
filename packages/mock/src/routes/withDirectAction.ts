import {
  DIRECT_ACTION_PARTIES,
  type DirectAction,
  type Escrow,
  getEscrowRole,
} from '@kit/hooks/core';
import { forbidden } from '../jsonResponse';
import type { RouteContext, RouteHandler } from '../routeTable';
import type { SimulatorState } from '../simulatorState';
import { withEscrow } from './withEscrow';

/** DHMAD's 403 for a caller who is neither the buyer nor the seller (dhmad-api.md §4.1). */
const NO_ACCESS =
  'You do not have access to this escrow. You can only view escrows where you are the seller or buyer.';

/** DHMAD's 403 for the other party of a one-party action (dhmad-api.md §4.3). */
const WRONG_PARTY: Partial<Record<DirectAction, string>> = {
  deliver: 'Only the seller can mark an escrow as delivered',
  reject_delivery: 'Only the buyer can reject delivery for this escrow',
};

/**
 * DHMAD's 403 when the one acting may not take `action` on `escrow`, else `undefined`.
 *
 * Who acts: `viewerEmail` (option or `setViewer`), compared case-insensitively with the
 * parties (`getEscrowRole`); the party rule is `DIRECT_ACTION_PARTIES`. With no viewer set,
 * the call acts as the right party. Not documented: DHMAD acts as the key's associated user;
 * the simulator uses `viewerEmail` because its escrows are between two other people and one
 * simulator plays both of them in a test or story. A viewer who is neither party gets the
 * generic 403 on every action (not documented: chosen because DHMAD gives a non-party no
 * access to the escrow at all), the other party DHMAD's action-specific 403.
 */
function refuseWrongParty(
  state: SimulatorState,
  escrow: Escrow,
  action: DirectAction,
): Response | undefined {
  if (state.viewerEmail === undefined) return undefined;
  const role = getEscrowRole(escrow, state.viewerEmail);
  if (!role) return forbidden(NO_ACCESS);
  const party = DIRECT_ACTION_PARTIES[action];
  if (party === 'either' || party === role) return undefined;
  return forbidden(WRONG_PARTY[action] ?? NO_ACCESS);
}

/**
 * A handler of one direct action (`POST /escrows/:id/{deliver,reject-delivery,cancel}`) that
 * runs only for a known escrow (else DHMAD's 404) and the right party (else DHMAD's 403, see
 * `refuseWrongParty`), before any rule on the escrow's state.
 */
export function withDirectAction(
  action: DirectAction,
  handle: (context: RouteContext, escrow: Escrow) => Response | Promise<Response>,
): RouteHandler {
  return withEscrow(
    (context, escrow) => refuseWrongParty(context.state, escrow, action) ?? handle(context, escrow),
  );
}
