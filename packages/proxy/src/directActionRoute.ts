import {
  type ActionParty,
  DIRECT_ACTION_PARTIES,
  DIRECT_ACTION_PATHS,
  type DirectAction,
  getEscrowRole,
} from '@kit/hooks/core';
import type { RequestContext } from './createRequestContext';
import { gateEscrow } from './gateEscrow';
import { isRecord } from './isRecord';
import { proxyError } from './proxyError';
import { readJsonRequest } from './readJsonRequest';

/** What is sent to DHMAD (`undefined`: no body), or the 400 that refuses the browser's body. */
export type DirectActionBody = { ok: true; body: unknown } | { ok: false; response: Response };

/** Sends DHMAD no body, whatever the browser's JSON object held (dhmad-api.md §7: "there is no body for deliver/cancel"). */
export const withoutBody = (): DirectActionBody => ({ ok: true, body: undefined });

const PARTY_NAMES: Readonly<Record<ActionParty, string>> = {
  seller: 'the seller',
  buyer: 'the buyer',
  either: 'the buyer or the seller',
};

const ACTION_NAMES: Readonly<Record<DirectAction, string>> = {
  deliver: 'mark it as delivered',
  reject_delivery: 'reject its delivery',
  cancel_pending: 'cancel it',
};

/**
 * The handler of `POST {basePath}/escrows/:id/<DIRECT_ACTION_PATHS[action]>`, in this order:
 * the body must be a JSON object (415, 413, 400 `INVALID_JSON`/`INVALID_BODY`) and pass
 * `bodyFor` (400); then the escrow is fetched and `authorize` must allow it (`gateEscrow`); then
 * the signed-in user must be the party `DIRECT_ACTION_PARTIES[action]` names of that escrow,
 * emails compared case-insensitively (403 `FORBIDDEN` otherwise, DHMAD's action not called);
 * then DHMAD's answer passes through unchanged (its 200, 400, 403, 404, 409, 429 …).
 */
export function directActionRoute(
  action: DirectAction,
  bodyFor: (browserBody: Record<string, unknown>) => DirectActionBody,
): (context: RequestContext) => Promise<Response> {
  return async function directAction(context) {
    const id = context.params.id as string;
    const read = await readJsonRequest(context.request);
    if (!read.ok) return read.response;
    if (!isRecord(read.value)) {
      return proxyError(400, 'INVALID_BODY', 'The request body must be a JSON object.');
    }
    const sent = bodyFor(read.value);
    if (!sent.ok) return sent.response;

    const gate = await gateEscrow(context, id);
    if (!gate.ok) return gate.response;
    const party = DIRECT_ACTION_PARTIES[action];
    const role = getEscrowRole(gate.escrow, context.user.email);
    if (role === undefined || (party !== 'either' && role !== party)) {
      return proxyError(
        403,
        'FORBIDDEN',
        `Only ${PARTY_NAMES[party]} of this escrow can ${ACTION_NAMES[action]}.`,
      );
    }
    const path = `/escrows/${id}/${DIRECT_ACTION_PATHS[action]}` as const;
    return context.respond(await context.call('POST', path, sent.body));
  };
}
