/**
 * The DHMAD rules the proxy applies, imported from this one module so that each rule has one
 * source. The valid-action list and the party rule come from `@kit/hooks` (compiled in, see
 * tsdown.config.ts); the email comparison, the redirect-URL rule and the metadata limit are
 * written here until they move to `@kit/hooks`' React-free entry point.
 */
export type { CheckoutAction, Escrow } from '@kit/hooks';
export { CHECKOUT_ACTIONS, getEscrowRole } from '@kit/hooks';

/** DHMAD's documented limit on each metadata value (seed create-checkout-session.txt). */
export const MAX_METADATA_VALUE_LENGTH = 500;

/**
 * Two emails name the same user when they are equal trimmed and case-insensitively (not
 * documented by DHMAD: chosen because it is how `getEscrowRole` compares parties).
 */
export const sameEmail = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * DHMAD's rule for redirect URLs: HTTPS, except `http://localhost`
 * (create-checkout-session.txt).
 */
export function isRedirectUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
}
