// Calendar days as whole numbers (days since 1970-01-01, UTC) and back: the series are arrays
// indexed by day, and every period boundary is computed here.
const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

const isoCache = new Map<number, string>();

export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    // a forecast names the same few hundred days over and over (history, cut-offs, periods)
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3)
  return (((day + 3) % 7) + 7) % 7;
}

export function monthOf(day: number): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

export function firstOfMonth(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
}

/** The last day of the month holding `day`. */
export function monthEnd(day: number): number {
  const { year, month } = monthOf(day);
  return firstOfMonth(year, month + 1) - 1;
}

export function dayOfMonth(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDate();
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** [first, last] days and the label of the month, quarter or year holding `day`. */
export function periodAround(kind: PeriodKind, day: number): { first: number; last: number; label: string } {
  const { year, month } = monthOf(day);
  if (kind === 'month') return { first: firstOfMonth(year, month), last: firstOfMonth(year, month + 1) - 1, label: `${year}-${String(month + 1).padStart(2, '0')}` };
  if (kind === 'quarter') {
    const q = Math.floor(month / 3);
    return { first: firstOfMonth(year, q * 3), last: firstOfMonth(year, q * 3 + 3) - 1, label: `${year}-Q${q + 1}` };
  }
  return { first: firstOfMonth(year, 0), last: firstOfMonth(year + 1, 0) - 1, label: String(year) };
}
