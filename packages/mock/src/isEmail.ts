/**
 * Whether a value looks like an email address (something@domain.tld, no spaces), as DHMAD's
 * validation answers `… must be a valid email`. Its exact pattern is not documented: chosen
 * as the usual loose check.
 */
export const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
