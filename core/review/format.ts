// How the pack writes its numbers for people: headlines, table cells in the deck and the PDF.
// Tables carry the engines' numbers as they are; these functions only print them.
import { moneyText } from '../export/chargeback/money.ts';
import type { ReviewColumnKind } from './constants.ts';

export { moneyText };

/** A fraction (0.1234) as a percent for a person: "12.3%"; "—" when unknown. */
export function percentText(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(1)}%`;
}

/** A signed change: "+1,234.50 USD", "-20.00 USD"; "—" when unknown. */
export function signedMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  const text = moneyText(amount, currency);
  return Math.round(amount * 100) > 0 ? `+${text}` : text;
}

/** "2026-10" → "October 2026". */
export function monthName(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A table cell as printed in the deck and the PDF. */
export function cellText(value: string | number | null | undefined, kind: ReviewColumnKind): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'money':
      return moneyText(value, '');
    case 'percent':
      return percentText(value);
    case 'number':
      // unit costs are small ratios: keep their decimals (the engine rounds them)
      return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
    default:
      return String(value);
  }
}
