// Numbers of a pivot as analysts read them: money in the result's currency to the cent (no
// symbol when the lines mix currencies: adding them would be wrong and a symbol would hide it),
// ratios as percentages, counts and quantities with separators. A missing cell is a dash.
import type { MeasureFormat } from './labels.ts';

const cache = new Map<string, Intl.NumberFormat>();

function fmt(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** The one currency of a result, or null when there are none or several. */
export function singleCurrency(currencies: readonly string[]): string | null {
  return currencies.length === 1 && /^[A-Z]{3}$/.test(currencies[0]!) ? currencies[0]! : null;
}

export function formatValue(value: number | null | undefined, format: MeasureFormat, currency: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (format) {
    case 'money':
      return currency
        ? fmt(`m-${currency}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value)
        : fmt('m', () => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value);
    case 'ratio':
      return fmt('r', () => new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'auto' })).format(value);
    case 'count':
      return fmt('c', () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value);
    case 'quantity':
      return fmt('q', () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })).format(value);
    case 'unitCost': {
      // a ratio of money to volume: cents at least, up to the engine's 6 decimals ($0.000012)
      const opts: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 6 };
      if (currency) Object.assign(opts, { style: 'currency', currency });
      return fmt(`u-${currency}`, () => new Intl.NumberFormat('en-US', opts)).format(value);
    }
  }
}

/**
 * Money of one line item, at its precision: at least the cents, and up to 10 decimals where the
 * line has them (an hourly price of $0.0104 is not $0.01). Sums keep formatValue's 2 decimals.
 */
export function formatExactMoney(value: number | null | undefined, currency: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const opts: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 10 };
  if (currency) Object.assign(opts, { style: 'currency', currency });
  return fmt(`x-${currency}`, () => new Intl.NumberFormat('en-US', opts)).format(value);
}

/** A compact axis label: $1.2K, $3.4M. */
export function formatCompact(value: number, format: MeasureFormat, currency: string | null): string {
  if (format === 'ratio' || format === 'unitCost') return formatValue(value, format, currency);
  const opts: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
  if (format === 'money' && currency) Object.assign(opts, { style: 'currency', currency });
  return fmt(`k-${format}-${currency}`, () => new Intl.NumberFormat('en-US', opts)).format(value);
}

/**
 * Heat-map strength of a cell, 0..1: its size against the largest size among cells of the same
 * measure and row depth (a parent always outweighs its children; comparing siblings is what
 * a heat map is for). Negative values get the same strength, drawn in another colour.
 */
export function heatStrength(value: number | null, max: number): number {
  if (value === null || max <= 0) return 0;
  return Math.min(1, Math.abs(value) / max);
}
