import type { RequestContext } from '../createRequestContext';
import { gateEscrow } from '../gateEscrow';

/**
 * `GET {basePath}/escrows/:id/proof` → DHMAD's `{ proof }`. The escrow and its proof are
 * fetched at once; the proof is dropped unread unless the escrow check passes. With the live
 * event stream on, a user `authorize` allowed this escrow within `events.authorizationTtlMs`
 * (on a read of the escrow, its proof or the stream) gets the proof without the escrow being
 * fetched again: after a live event the page refetches the escrow and then its proof, one
 * DHMAD request each. Not documented by DHMAD: chosen because a party stays a party, and the
 * decision is as old as the stream's.
 */
export async function getProof(context: RequestContext): Promise<Response> {
  const id = context.params.id as string;
  const proof = context.call('GET', `/escrows/${id}/proof`);
  if (context.options.events?.authorizations.get(context.user.email, id) === true)
    return context.respond(await proof);
  const gate = await gateEscrow(context, id);
  if (!gate.ok) {
    context.cancelCalls();
    return gate.response;
  }
  return context.respond(await proof);
}
