// Time buckets: how a grain cuts a timestamp (SQL), how a bucket prints as a key, and the
// calendar arithmetic on keys (a key's [start, end) range, the bucket before it) done in JS
// so filters on time keys become plain ranges that DuckDB can prune on.
import { raw, sql, type SqlPart, type SqlQuery } from '../../sql/index.ts';
import { badSpec } from './errors.ts';
import type { TimeGrain } from './constants.ts';

/** date_trunc of a timestamp or date expression; the grain is one of our constants, never user text. */
export function bucketSql(grain: TimeGrain, value: SqlPart): SqlQuery {
  return sql`date_trunc(${raw(`'${grain}'`)}, ${value})`;
}

/** The printed key of a truncated bucket: 2026-01-05 (day, week's Monday), 2026-01, 2026-Q1, 2026. */
export function bucketKeySql(grain: TimeGrain, bucket: SqlPart): SqlQuery {
  switch (grain) {
    case 'day':
    case 'week':
      return sql`strftime(${bucket}, '%Y-%m-%d')`;
    case 'month':
      return sql`strftime(${bucket}, '%Y-%m')`;
    case 'quarter':
      return sql`(strftime(${bucket}, '%Y') || '-Q' || CAST(quarter(${bucket}) AS VARCHAR))`;
    case 'year':
      return sql`strftime(${bucket}, '%Y')`;
  }
}

const KEY_PATTERN: Record<TimeGrain, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m, d));
}

/** The first instant of the bucket a key names. */
export function keyStart(grain: TimeGrain, key: string): Date {
  const m = KEY_PATTERN[grain].exec(key);
  if (!m) throw badSpec(`"${key}" is not a ${grain} key (expected ${exampleKey(grain)}).`, { key, grain });
  const y = Number(m[1]);
  switch (grain) {
    case 'day':
    case 'week': {
      const date = utc(y, Number(m[2]) - 1, Number(m[3]));
      if (grain === 'week' && date.getUTCDay() !== 1) throw badSpec(`A week key is the Monday it starts on; ${key} is not a Monday.`, { key });
      return date;
    }
    case 'month':
      return utc(y, Number(m[2]) - 1, 1);
    case 'quarter':
      return utc(y, (Number(m[2]) - 1) * 3, 1);
    case 'year':
      return utc(y, 0, 1);
  }
}

/** Moves a bucket start by n buckets (negative: back). */
export function shiftBucket(grain: TimeGrain, start: Date, n: number): Date {
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth();
  const d = start.getUTCDate();
  switch (grain) {
    case 'day':
      return utc(y, mo, d + n);
    case 'week':
      return utc(y, mo, d + 7 * n);
    case 'month':
      return utc(y, mo + n, 1);
    case 'quarter':
      return utc(y, mo + 3 * n, 1);
    case 'year':
      return utc(y + n, 0, 1);
  }
}

/** The bucket start containing an instant (weeks start on Monday, like DuckDB's date_trunc). */
export function truncate(grain: TimeGrain, at: Date): Date {
  const y = at.getUTCFullYear();
  const mo = at.getUTCMonth();
  const d = at.getUTCDate();
  switch (grain) {
    case 'day':
      return utc(y, mo, d);
    case 'week':
      return utc(y, mo, d - ((at.getUTCDay() + 6) % 7));
    case 'month':
      return utc(y, mo, 1);
    case 'quarter':
      return utc(y, mo - (mo % 3), 1);
    case 'year':
      return utc(y, 0, 1);
  }
}

export function formatKey(grain: TimeGrain, start: Date): string {
  const iso = start.toISOString();
  switch (grain) {
    case 'day':
    case 'week':
      return iso.slice(0, 10);
    case 'month':
      return iso.slice(0, 7);
    case 'quarter':
      return `${iso.slice(0, 4)}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
    case 'year':
      return iso.slice(0, 4);
  }
}

export function keyRange(grain: TimeGrain, key: string): { from: Date; to: Date } {
  const from = keyStart(grain, key);
  return { from, to: shiftBucket(grain, from, 1) };
}

export function previousKey(grain: TimeGrain, key: string): string {
  return shiftKey(grain, key, -1);
}

export function exampleKey(grain: TimeGrain): string {
  return { day: '2026-01-31', week: '2026-01-05', month: '2026-01', quarter: '2026-Q1', year: '2026' }[grain];
}

/** 'YYYY-MM-DD' of a UTC midnight, the form DuckDB reads as a DATE or TIMESTAMP. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The key n buckets after (n < 0: before) a key. */
export function shiftKey(grain: TimeGrain, key: string, n: number): string {
  return formatKey(grain, shiftBucket(grain, keyStart(grain, key), n));
}
