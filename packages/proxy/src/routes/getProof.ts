import type { RequestContext } from '../createRequestContext';
import { gateEscrow } from '../gateEscrow';

/**
 * `GET {basePath}/escrows/:id/proof` → DHMAD's `{ proof }`. The escrow and its proof are
 * fetched at once; the proof is dropped unread unless the escrow check passes.
 */
export async function getProof(context: RequestContext): Promise<Response> {
  const id = context.params.id as string;
  const proof = context.call('GET', `/escrows/${id}/proof`);
  const gate = await gateEscrow(context, id);
  if (!gate.ok) {
    context.cancelCalls();
    return gate.response;
  }
  return context.respond(await proof);
}
