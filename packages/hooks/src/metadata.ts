/** DHMAD's limit on each session metadata value, in characters (seed create-checkout-session.txt). */
export const MAX_METADATA_VALUE_LENGTH = 500;

/** One way a session's `metadata` breaks DHMAD's rule: an object of string values, ≤ 500 characters each. */
export type MetadataIssue =
  | { kind: 'not_an_object' }
  | { kind: 'not_a_string'; key: string }
  | { kind: 'too_long'; key: string; length: number };

/**
 * Every issue of a session's `metadata` (empty when it follows the rule; `undefined` is allowed:
 * metadata is optional). The caller words the error, since DHMAD's own wording is not documented.
 */
export function checkMetadata(metadata: unknown): MetadataIssue[] {
  if (metadata === undefined) return [];
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return [{ kind: 'not_an_object' }];
  }
  const issues: MetadataIssue[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') issues.push({ kind: 'not_a_string', key });
    else if (value.length > MAX_METADATA_VALUE_LENGTH) {
      issues.push({ kind: 'too_long', key, length: value.length });
    }
  }
  return issues;
}
