import type { QueryCache } from '@tanstack/react-query';
import { escrowKeys } from './escrowKeys';
import { TERMINAL_STATUSES } from './escrowQueries';
import type { Escrow } from './model';

/**
 * The ids of the escrows the kit's queries show on the page: the detail and proof queries
 * (`escrowKeys.detail(id)`, `escrowKeys.proof(id)`) that have an observer, sorted, without
 * the escrows whose loaded status is terminal (`TERMINAL_STATUSES`: they never change again)
 * and those the proxy refused to show (403, 404): the stream would refuse them too, and a
 * stream refused for one escrow would leave the others on the page without live updates.
 */
export function watchedEscrowIds(cache: QueryCache): string[] {
  const ids = new Set<string>();
  for (const query of cache.findAll({ queryKey: escrowKeys.all })) {
    const [, kind, id] = query.queryKey as readonly unknown[];
    if (kind === 'escrow' && typeof id === 'string' && id && query.getObserversCount()) ids.add(id);
  }
  return [...ids]
    .filter((id) => {
      const { data, error } =
        cache.find<Escrow>({ queryKey: escrowKeys.detail(id), exact: true })?.state ?? {};
      const refused = (error as { status?: unknown } | null | undefined)?.status;
      return !TERMINAL_STATUSES.includes(data?.status ?? '') && refused !== 403 && refused !== 404;
    })
    .sort();
}
