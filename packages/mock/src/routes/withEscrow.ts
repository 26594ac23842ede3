import type { Escrow } from '@kit/hooks/core';
import { escrowNotFound } from '../jsonResponse';
import type { RouteContext, RouteHandler } from '../routeTable';

/** A handler of `/escrows/:id/…` that runs only for a known escrow: DHMAD's 404 otherwise. */
export function withEscrow(
  handle: (context: RouteContext, escrow: Escrow) => Response | Promise<Response>,
): RouteHandler {
  return (context) => {
    const escrow = context.state.escrows.get(context.params.id ?? '');
    return escrow ? handle(context, escrow) : escrowNotFound();
  };
}
