import { isDhmadId } from '../isDhmadId';
import { proxyError } from '../proxyError';

export type StreamEscrowIds = { ok: true; ids: string[] } | { ok: false; response: Response };

/**
 * The escrows a stream asks for: every `escrow` query parameter (`?escrow=a&escrow=b`),
 * percent-decoded, duplicates collapsed, first occurrence first. 400 `INVALID_QUERY` for none or
 * more than `max` distinct ones, 400 `INVALID_ID` for one that is not `[A-Za-z0-9_-]{1,64}`
 * (the rule of the `:id` segments). Other parameters are ignored.
 */
export function readStreamEscrowIds(url: string, max: number): StreamEscrowIds {
  const values = new URL(url).searchParams.getAll('escrow');
  if (values.length === 0) {
    return refuse('INVALID_QUERY', 'Name the escrows to watch: ?escrow=<id>&escrow=<id>.');
  }
  if (!values.every(isDhmadId)) {
    return refuse('INVALID_ID', 'An escrow id in the query is not a DHMAD id.');
  }
  const ids = [...new Set(values)];
  if (ids.length > max) {
    return refuse('INVALID_QUERY', `A stream watches at most ${max} escrows.`);
  }
  return { ok: true, ids };
}

const refuse = (code: 'INVALID_QUERY' | 'INVALID_ID', message: string): StreamEscrowIds => ({
  ok: false,
  response: proxyError(400, code, message),
});
