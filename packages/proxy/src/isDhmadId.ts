/**
 * Whether a value can be a DHMAD id in a URL path segment: DHMAD's ids are Mongo ObjectIds and
 * session UUIDs, so `[A-Za-z0-9_-]{1,64}` holds them all, and nothing matching it can escape its
 * segment (no `.`, `/`, `%`, `?`). Not documented by DHMAD: chosen as the narrowest safe pattern.
 */
export const isDhmadId = (id: unknown): id is string =>
  typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
