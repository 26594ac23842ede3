import { normalizeEmail } from '@kit/hooks/core';

/** Remembered `authorize` decisions of the live event stream, per (user, escrow). */
export interface AuthorizationCache {
  /** `true` allowed, `false` refused, `undefined` not known (or expired). */
  get(email: string, escrowId: string): boolean | undefined;
  remember(email: string, escrowId: string, allowed: boolean): void;
}

export interface AuthorizationCacheOptions {
  /** How long a decision holds, in milliseconds; `0` remembers nothing. */
  ttlMs: number;
  /** The most pairs kept; past it the oldest go first. @default 10000 */
  maxEntries?: number;
  /** The clock, in epoch milliseconds (for tests). @default Date.now */
  now?: () => number;
}

/**
 * A bounded map of decisions with a time to live, keyed by the user's email (trimmed,
 * lower-cased, as DHMAD's party emails are compared) and the escrow id. Insertion order is
 * age order, so eviction drops the oldest decision.
 */
export function createAuthorizationCache(options: AuthorizationCacheOptions): AuthorizationCache {
  const { ttlMs, maxEntries = 10_000, now = Date.now } = options;
  const decisions = new Map<string, { allowed: boolean; expiresAt: number }>();
  const keyOf = (email: string, escrowId: string) => `${normalizeEmail(email) ?? ''} ${escrowId}`;

  return {
    get(email, escrowId) {
      const key = keyOf(email, escrowId);
      const decision = decisions.get(key);
      if (!decision) return undefined;
      if (decision.expiresAt > now()) return decision.allowed;
      decisions.delete(key);
      return undefined;
    },
    remember(email, escrowId, allowed) {
      if (ttlMs === 0) return;
      const key = keyOf(email, escrowId);
      decisions.delete(key);
      while (decisions.size >= maxEntries) {
        decisions.delete(decisions.keys().next().value as string);
      }
      decisions.set(key, { allowed, expiresAt: now() + ttlMs });
    },
  };
}
