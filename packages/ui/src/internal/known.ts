/**
 * An open enumeration's value as the kit handles it: the value itself when known, else
 * `unknown` (for `data-*` attributes and message keys such as `status.unknown`).
 */
export function known<T extends string>(value: string, list: readonly T[]): T | 'unknown' {
  return (list as readonly string[]).includes(value) ? (value as T) : 'unknown';
}
