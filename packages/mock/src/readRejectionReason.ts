import { checkRejectionReason, MAX_REJECTION_REASON_LENGTH } from '@kit/hooks/core';
import { badRequest } from './jsonResponse';
import { readJsonBody } from './readJsonBody';

/** How a surface reads the reason: as DHMAD does (`'lenient'`) or as a proxy would (`'checked'`). */
export type ReasonReading = 'lenient' | 'checked';

/** The 400 detail for each refused reason (not documented: worded like DHMAD's field details). */
const REASON_PROBLEMS = {
  not_a_string: 'Reason must be a string',
  too_long: `Reason must be at most ${MAX_REJECTION_REASON_LENGTH} characters`,
} as const;

/** Whether the request has no body, or only white space. */
const isEmpty = async (request: Request) => (await request.clone().text()).trim() === '';

/** What DHMAD's own reject-delivery keeps: a string `reason` as sent; anything else is none. */
async function lenientReason(request: Request): Promise<string | null> {
  if (await isEmpty(request)) return null;
  const body: unknown = await request.json().catch(() => ({}));
  const reason = (body as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/**
 * The optional `reason` of a `POST …/reject-delivery` body `{ reason? }`, or the 400 to answer.
 *
 * - `'lenient'` (DHMAD's own paths): an empty, unreadable or reason-less body, or a reason
 *   that is not a string, gives no reason; a string is kept as sent (DHMAD documents no limit,
 *   dhmad-api.md §7).
 * - `'checked'` (the proxy contract, checked as a proxy does before calling DHMAD): an
 *   empty body gives no reason; a body that is not a JSON object gets DHMAD's 400; a reason
 *   checked by `checkRejectionReason` (a string, at most `MAX_REJECTION_REASON_LENGTH` after
 *   trimming) is kept trimmed (blank: none), otherwise DHMAD's generic 400 with
 *   `details.reason`.
 */
export async function readRejectionReason(
  request: Request,
  reading: ReasonReading,
): Promise<string | null | Response> {
  if (reading === 'lenient') return lenientReason(request);
  if (await isEmpty(request)) return null;
  const body = await readJsonBody(request);
  if (body instanceof Response) return body;
  const checked = checkRejectionReason(body.reason);
  if (!checked.ok) {
    return badRequest('Invalid request parameters', { reason: REASON_PROBLEMS[checked.issue] });
  }
  return checked.reason ?? null;
}
