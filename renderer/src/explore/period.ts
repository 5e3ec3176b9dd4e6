// Periods: the spec's half-open [from, to) in UTC days, chosen by presets relative to the data
// in the workspace (an offline investigation looks at the months it loaded, not at "today"),
// or by two inclusive dates, which is how people say a range.
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';

export type Period = PivotSpec['period'];
export interface DataRange {
  first: string;
  last: string;
}

/** Months count back from the last month that has data (see lastMonths), not from today. */
export const PRESETS = [
  { id: 'last1', label: 'Last month', months: 1 },
  { id: 'last3', label: 'Last 3 months', months: 3 },
  { id: 'last6', label: 'Last 6 months', months: 6 },
  { id: 'last12', label: 'Last 12 months', months: 12 },
  { id: 'all', label: 'All data', months: 0 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'] | 'custom';

function monthStart(day: string, shift: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + shift;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 10);
}

/** The whole months that end with the month of the last line: 3 → [first of (last − 2), first of (last + 1)). */
export function lastMonths(range: DataRange | null, months: number): Period {
  if (!range || months <= 0) return {};
  const to = monthStart(range.last, 1);
  return { from: monthStart(to, -months), to };
}

export function presetPeriod(id: PresetId, range: DataRange | null, current: Period): Period {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) return current;
  return preset.months === 0 ? {} : lastMonths(range, preset.months);
}

/** Which preset a period is (so a reopened view shows what it means), else 'custom'. */
export function presetOf(period: Period, range: DataRange | null): PresetId {
  for (const p of PRESETS) {
    const q = p.months === 0 ? {} : lastMonths(range, p.months);
    if ((q.from ?? null) === (period.from ?? null) && (q.to ?? null) === (period.to ?? null)) return p.id;
  }
  return 'custom';
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The last day inside a half-open period (for an inclusive "to" field). */
export function inclusiveTo(period: Period): string {
  return period.to ? addDays(period.to, -1) : '';
}

/** A period from two inclusive dates; either may be empty (open-ended). */
export function fromInclusive(from: string, toInclusive: string): Period {
  const p: Period = {};
  if (from) p.from = from;
  if (toInclusive) p.to = addDays(toInclusive, 1);
  return p;
}

/** '2026-01-01'..'2026-04-01' → 'Jan 2026 – Mar 2026' when whole months, else the inclusive days. */
export function describePeriod(period: Period): string {
  const { from, to } = period;
  if (!from && !to) return 'All data';
  const month = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (from?.endsWith('-01') && to?.endsWith('-01')) {
    const last = addDays(to, -1);
    return from.slice(0, 7) === last.slice(0, 7) ? month(from) : `${month(from)} – ${month(last)}`;
  }
  return `${from ?? 'the start'} – ${to ? addDays(to, -1) : 'the end'}`;
}
