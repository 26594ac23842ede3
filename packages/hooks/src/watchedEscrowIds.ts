import type { QueryCache } from '@tanstack/react-query';
import { escrowKeys } from './escrowKeys';
import { TERMINAL_STATUSES } from './escrowQueries';
import type { Escrow } from './model';

/**
 * The ids of the escrows the kit's queries show on the page: the detail and proof queries
 * (`escrowKeys.detail(id)`, `escrowKeys.proof(id)`) that have an observer, sorted, without
 * the escrows whose loaded status is terminal (`TERMINAL_STATUSES`: they never change again).
 */
export function watchedEscrowIds(cache: QueryCache): string[] {
  const ids = new Set<string>();
  for (const query of cache.findAll({ queryKey: escrowKeys.all })) {
    const [, kind, id] = query.queryKey as readonly unknown[];
    if (kind === 'escrow' && typeof id === 'string' && id && query.getObserversCount()) ids.add(id);
  }
  return [...ids]
    .filter((id) => {
      const escrow = cache.find<Escrow>({ queryKey: escrowKeys.detail(id), exact: true });
      return !TERMINAL_STATUSES.includes(escrow?.state.data?.status ?? '');
    })
    .sort();
}
