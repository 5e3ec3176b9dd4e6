// Money on a statement: amounts arrive rounded to cents (the engine's rounding, SPEC.md), and
// every sum a statement prints is taken in whole cents so it is exact, never a float's 0.30000004.

export const toCents = (amount: number): number => Math.round(amount * 100);
export const fromCents = (cents: number): number => cents / 100;

/** Σ amounts, exactly to the cent. */
export function sumCents(amounts: Iterable<number>): number {
  let cents = 0;
  for (const a of amounts) cents += toCents(a);
  return fromCents(cents);
}

/** For a file a program reads (CSV): `-1234.50`, no separators, never `-0.00`. */
export function plainAmount(amount: number): string {
  const cents = toCents(amount);
  return (cents === 0 ? 0 : cents / 100).toFixed(2);
}

/** For a person: `12,345.67 USD`, `-5.00 USD`. */
export function moneyText(amount: number, currency: string): string {
  const cents = toCents(amount);
  const text = (cents === 0 ? 0 : cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency ? `${text} ${currency}` : text;
}

/** A change from the previous month for a person: `+1,200.00 USD (+12.5%)`, or why there is none. */
export function changeText(total: number, previous: number | null, currency: string): string {
  if (previous === null) return '—';
  const diff = fromCents(toCents(total) - toCents(previous));
  const sign = toCents(diff) > 0 ? '+' : '';
  const pct = toCents(previous) === 0 ? '' : ` (${sign}${((diff / Math.abs(previous)) * 100).toFixed(1)}%)`;
  return `${sign}${moneyText(diff, currency)}${pct}`;
}

const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** An Excel number format with the currency, negatives in red: `"$"#,##0.00;[Red]-"$"#,##0.00`. */
export function xlsxMoneyFormat(currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const quoted = (s: string) => `"${s.replaceAll('"', '')}"`;
  const positive = symbol ? `${quoted(symbol)}#,##0.00` : currency ? `#,##0.00 ${quoted(currency)}` : '#,##0.00';
  return `${positive};[Red]-${positive}`;
}
