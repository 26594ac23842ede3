import type { Escrow } from '@kit/hooks/core';
import type { DhmadRawAnswer } from './callUpstream';
import type { RequestContext } from './createRequestContext';
import { isRecord } from './isRecord';
import { proxyError } from './proxyError';

export type EscrowGate =
  | { ok: true; answer: DhmadRawAnswer; escrow: Escrow }
  | {
      ok: false;
      response: Response;
      /** `authorize` said no (403 `FORBIDDEN`), as opposed to DHMAD or the network failing. */
      refused?: true;
    };

/** A 2xx answer of DHMAD's. */
export const isSuccess = (answer: DhmadRawAnswer) => answer.status >= 200 && answer.status < 300;

/** 403 `FORBIDDEN`: `authorize` did not allow this user this escrow. */
export const notAParty = () => proxyError(403, 'FORBIDDEN', 'You are not a party to this escrow.');

/**
 * Fetches escrow `id` from DHMAD and lets the request on only if `authorize` says `true` for
 * the signed-in user (403 `FORBIDDEN` otherwise). DHMAD's own errors (404, 429, …) come back as
 * the response to send; a 2xx without an `escrow` object is a 502. With the live event stream
 * on, the decision is remembered for `events.authorizationTtlMs` (the stream and proof reads
 * use it; see `getProof`).
 */
export async function gateEscrow(context: RequestContext, id: string): Promise<EscrowGate> {
  const answer = await context.call('GET', `/escrows/${id}`);
  if (!answer.ok || !isSuccess(answer)) return { ok: false, response: context.respond(answer) };
  const escrow = isRecord(answer.json) ? answer.json.escrow : undefined;
  if (!isRecord(escrow)) return { ok: false, response: context.invalidAnswer('an escrow') };
  const { user, request, options } = context;
  const allowed = (await options.authorize(user, escrow as unknown as Escrow, request)) === true;
  options.events?.authorizations.remember(user.email, id, allowed);
  if (!allowed) {
    return {
      ok: false,
      response: notAParty(),
      refused: true,
    };
  }
  return { ok: true, answer, escrow: escrow as unknown as Escrow };
}
