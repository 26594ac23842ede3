/**
 * Query keys of every query the kit makes, for `invalidateQueries`, `setQueryData` and
 * prefetching. `escrow(id)` is the prefix of both `detail(id)` and `proof(id)`.
 */
export const escrowKeys = {
  all: ['escrow-kit'] as const,
  escrow: (id: string) => ['escrow-kit', 'escrow', id] as const,
  detail: (id: string) => ['escrow-kit', 'escrow', id, 'detail'] as const,
  proof: (id: string) => ['escrow-kit', 'escrow', id, 'proof'] as const,
  session: (sessionId: string) => ['escrow-kit', 'session', sessionId] as const,
};
