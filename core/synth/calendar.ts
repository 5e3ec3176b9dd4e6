// Billing months and time steps. All times are UTC epoch seconds; a step is one hour (hourly
// grain) or one day (daily grain), the grain of the CUR line items.

export type Grain = 'hourly' | 'daily';

export const HOUR = 3600;
export const DAY = 86_400;

export interface Month {
  /** 'YYYY-MM' */
  key: string;
  index: number;
  start: number;
  end: number;
  days: number;
  hours: number;
}

export function parseMonth(key: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) throw new Error(`a month is written YYYY-MM, not "${key}"`);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`no month ${m[2]} in "${key}"`);
  return { year: Number(m[1]), month };
}

export function monthsFrom(startKey: string, count: number): Month[] {
  const { year, month } = parseMonth(startKey);
  const out: Month[] = [];
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(year, month - 1 + i, 1) / 1000;
    const end = Date.UTC(year, month + i, 1) / 1000;
    const d = new Date(start * 1000);
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    out.push({ key, index: i, start, end, days: (end - start) / DAY, hours: (end - start) / HOUR });
  }
  return out;
}

export function stepSeconds(grain: Grain): number {
  return grain === 'hourly' ? HOUR : DAY;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(t: number): number {
  // 1970-01-01 was a Thursday (4); no Date object in the hot loop.
  return (Math.floor(t / DAY) + 4) % 7;
}

export function isWeekend(t: number): boolean {
  const d = weekday(t);
  return d === 0 || d === 6;
}

export function hourOfDay(t: number): number {
  return Math.floor((t % DAY) / HOUR);
}

export function isoDate(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 10);
}

export function isoTime(t: number): string {
  return new Date(t * 1000).toISOString().replace('.000Z', 'Z');
}

/** Charge periods get small integer ids so the fact table stores one int per line. */
export class Periods {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly ids = new Map<string, number>();

  id(start: number, end: number): number {
    const key = `${start}/${end}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.starts.length;
      this.starts.push(start);
      this.ends.push(end);
      this.ids.set(key, id);
    }
    return id;
  }
}
