'use client';
import { warnOnce } from './devWarning';
import { useEscrowKitConfig } from './EscrowKitProvider';
import type { EscrowQueryConfig } from './escrowQueries';

/** The query config from the provider, and a development warning for a missing id. */
export function useEscrowQueryConfig(
  id: string | null | undefined,
  hook: string,
): EscrowQueryConfig {
  if (!id)
    warnOnce(`${hook} was called without an escrow id: nothing is fetched until it has one.`);
  return useEscrowKitConfig();
}
