/**
 * An amount in its currency's minor units, the code after it: `1,800.000 TND`, `25.50 EUR`
 * (`Intl.NumberFormat`, English grouping; TND has three decimals). An unknown currency code
 * gives the plain number and the code.
 */
export function formatAmount(amount: number, currency: string): string {
  try {
    const parts = new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
    }).formatToParts(amount);
    const number = parts
      .filter((part) => part.type !== 'currency' && part.type !== 'literal')
      .map((part) => part.value)
      .join('');
    return `${number} ${currency.toUpperCase()}`;
  } catch {
    return `${amount} ${currency}`;
  }
}
