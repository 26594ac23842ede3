import { escrowJson } from '../escrowJson';
import { jsonResponse } from '../jsonResponse';
import { withEscrow } from './withEscrow';

/** `GET /escrows/:id` → `{ escrow }`, or 404. */
export const getEscrowRoute = withEscrow(({ state }, { id }) =>
  jsonResponse({ escrow: escrowJson(state, id) }),
);
