// A pack table's cell as the preview shows it: money to the cent in the workspace's currency,
// percent columns (fractions, as the pack's tables hold them) with one decimal, numbers with their
// decimals (unit costs are small), text and dates as they are. The numbers are the engines'.
import type { ReviewColumnKind } from '../../../core/api/review-contract.ts';
import { formatValue } from '../explore/number-format.ts';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function cellText(value: string | number | null | undefined, kind: ReviewColumnKind, currency: string | null): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money':
      return formatValue(value, 'money', currency);
    case 'percent':
      return formatValue(value, 'ratio', null);
    case 'number':
      return NUMBER.format(value);
    default:
      return String(value);
  }
}

export function isNumericKind(kind: ReviewColumnKind): boolean {
  return kind === 'money' || kind === 'percent' || kind === 'number';
}
