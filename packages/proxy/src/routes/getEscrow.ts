import type { RequestContext } from '../createRequestContext';
import { gateEscrow } from '../gateEscrow';

/** `GET {basePath}/escrows/:id` → DHMAD's `{ escrow }`, once `authorize` allows it. */
export async function getEscrow(context: RequestContext): Promise<Response> {
  const gate = await gateEscrow(context, context.params.id as string);
  return gate.ok ? context.respond(gate.answer) : gate.response;
}
