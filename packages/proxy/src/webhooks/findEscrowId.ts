import { isDhmadId } from '../isDhmadId';
import { isRecord } from '../isRecord';

/** Paths tried for every event, in order. */
const ESCROW_ID_PATHS = [
  ['data', 'escrow', 'id'],
  ['data', 'escrow', '_id'],
  ['data', 'escrowId'],
  ['data', 'escrow_id'],
  ['escrowId'],
  ['escrow_id'],
] as const;

/** Tried last, and only for `escrow.*` events, where `data` is most likely the escrow itself. */
const ESCROW_DATA_ID_PATHS = [
  ['data', 'id'],
  ['data', '_id'],
] as const;

const at = (value: unknown, path: readonly string[]) =>
  path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), value);

/**
 * The escrow id of a webhook payload, searched tolerantly because DHMAD documents only that
 * event data sits under `data` (docs.dhmad.tn/api-reference/webhooks): the first DHMAD-id
 * string (`[A-Za-z0-9_-]{1,64}`) at `data.escrow.id`, `data.escrow._id`, `data.escrowId`,
 * `data.escrow_id`, `escrowId`, `escrow_id`, then — for `escrow.*` events only — `data.id`,
 * `data._id`. `undefined` when none holds one (identity and contract events, for instance).
 */
export function findEscrowId(payload: unknown, event: string): string | undefined {
  const paths = event.startsWith('escrow.')
    ? [...ESCROW_ID_PATHS, ...ESCROW_DATA_ID_PATHS]
    : ESCROW_ID_PATHS;
  for (const path of paths) {
    const value = at(payload, path);
    if (isDhmadId(value)) return value;
  }
  return undefined;
}
