// Reading one value of a metric file: numbers, timestamps and ids, each refusal naming the file
// and the place in it (a line, or the JSON path) and saying what to do.
import { ErrorCode, snippet, WorkbenchError } from '../../errors.ts';
import { RESOURCE_ID_IN_TEXT } from './constants.ts';

/** Turns a point's position (MetricPoint.line) into words: "line 14", "Datapoints[3]". */
export type Locate = (position: number) => string;

export const byLine: Locate = (n) => `line ${n}`;

export function badValue(display: string, where: string, what: string): WorkbenchError {
  return new WorkbenchError(ErrorCode.INGEST_BAD_VALUE, `${display}, ${where}: ${what}. Fix the file or export it again; nothing was loaded.`, { file: display, where });
}

/** A number, a numeric text, or null for an absent or empty value. */
export function toNumber(v: unknown, display: string, where: string, field: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : Number.NaN;
  if (!Number.isFinite(n)) throw badValue(display, where, `${field} is ${snippet(v)}, not a number`);
  return n;
}

const HAS_ZONE = /(Z|[+-]\d\d:?\d\d)$/i;

/**
 * UTC milliseconds from epoch milliseconds (Metric Streams) or ISO 8601 text (the AWS CLI writes
 * 2026-11-01T00:00:00+00:00). Text without a zone is UTC, never the machine's local time.
 */
export function toTime(v: unknown, display: string, where: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v.trim())) {
    const s = v.trim().replace(' ', 'T');
    const t = Date.parse(s.length === 10 ? s : HAS_ZONE.test(s) ? s : `${s}Z`);
    if (Number.isFinite(t)) return t;
  }
  throw badValue(display, where, `the timestamp ${snippet(v)} is not a date and time (expected ISO 8601, such as 2026-11-01T00:00:00Z)`);
}

/** The one resource id (instance or volume) a text names, or null when it names none or several. */
export function resourceIdIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const found = [...new Set(text.match(RESOURCE_ID_IN_TEXT) ?? [])];
  return found.length === 1 ? found[0]! : null;
}

export function textOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
