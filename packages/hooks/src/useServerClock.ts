'use client';
import type { ServerClock } from './createServerClock';
import { useEscrowKitConfig } from './EscrowKitProvider';

/**
 * DHMAD's time as the nearest `EscrowKitProvider` estimates it from the `Date` header of every
 * response (one estimate per provider; without a provider, one for the page). Compare server
 * dates with `useServerClock().now()`, never with `Date.now()`: a device clock may be hours off.
 * Falls back to the device clock until a `Date` header is seen (none is readable cross-origin
 * without `Access-Control-Expose-Headers: Date`).
 */
export function useServerClock(): ServerClock {
  return useEscrowKitConfig().serverClock;
}
