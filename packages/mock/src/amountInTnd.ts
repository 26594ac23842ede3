/**
 * The simulator's fixed exchange rates to TND. DHMAD locks a real rate at creation (not
 * documented which): these round numbers are chosen for predictable tests.
 */
export const TND_PER_UNIT = { TND: 1, USD: 3.1, EUR: 3.4 } as const;

export type SupportedCurrency = keyof typeof TND_PER_UNIT;

export const isSupportedCurrency = (currency: string): currency is SupportedCurrency =>
  Object.hasOwn(TND_PER_UNIT, currency);

/** `amount` of `currency` in TND, unrounded. */
export const amountInTnd = (amount: number, currency: SupportedCurrency): number =>
  amount * TND_PER_UNIT[currency];
