// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAuthorizationCache } from './createAuthorizationCache';

describe('createAuthorizationCache', () => {
  it('remembers allowed and refused pairs for ttlMs, per normalised email and escrow', () => {
    let now = 1_000;
    const cache = createAuthorizationCache({ ttlMs: 60_000, now: () => now });
    cache.remember('Buyer@Example.com ', 'e1', true);
    cache.remember('stranger@example.com', 'e1', false);
    expect(cache.get('buyer@example.com', 'e1')).toBe(true);
    expect(cache.get('stranger@example.com', 'e1')).toBe(false);
    expect(cache.get('buyer@example.com', 'e2')).toBeUndefined();
    expect(cache.get('seller@example.com', 'e1')).toBeUndefined();
    now += 59_999;
    expect(cache.get('buyer@example.com', 'e1')).toBe(true);
    now += 1;
    expect(cache.get('buyer@example.com', 'e1')).toBeUndefined();
  });

  it('keeps at most maxEntries pairs, dropping the oldest', () => {
    const cache = createAuthorizationCache({ ttlMs: 60_000, maxEntries: 2 });
    cache.remember('a@x.tn', 'e1', true);
    cache.remember('a@x.tn', 'e2', true);
    cache.remember('a@x.tn', 'e1', true); // renewed: now the newest
    cache.remember('a@x.tn', 'e3', true);
    expect(cache.get('a@x.tn', 'e2')).toBeUndefined();
    expect(cache.get('a@x.tn', 'e1')).toBe(true);
    expect(cache.get('a@x.tn', 'e3')).toBe(true);
  });

  it('remembers nothing with ttlMs 0', () => {
    const cache = createAuthorizationCache({ ttlMs: 0 });
    cache.remember('a@x.tn', 'e1', true);
    expect(cache.get('a@x.tn', 'e1')).toBeUndefined();
  });
});
