// A business metrics file, CSV or JSON (told from its content), into rows, all or nothing: the
// first wrong row stops the import with its row number and column. Rows are numbered as a person
// counts them: the CSV's line (header = line 1), or the JSON array's item from 1.
import { parseCsv } from '../budgets/csv.ts';
import { snippet, type WorkbenchError } from '../../errors.ts';
import { METRIC_COLUMNS, METRIC_GRAINS, METRIC_NAME_PATTERN, MAX_KEY_CHARS, NO_KEY, OPTIONAL_METRIC_COLUMNS, REQUIRED_METRIC_COLUMNS, VOLUME_DECIMALS, type MetricGrain } from './constants.ts';
import { unitCostsError } from './errors.ts';

export interface MetricRow {
  metric: string;
  date: string;
  /** NO_KEY when the row names none. */
  owner: string;
  service: string;
  /** The volume as exact decimal text. */
  value: string;
  /** The grain the file declares for the row's metric (a `grain` column or key, or the JSON's top-level `grain`); null: detected (grain.ts). */
  grain: MetricGrain | null;
}

type Column = (typeof REQUIRED_METRIC_COLUMNS)[number] | (typeof OPTIONAL_METRIC_COLUMNS)[number];
/** One raw row: its number for messages and its fields by column. */
interface RawRow {
  row: number;
  fields: Partial<Record<Column, unknown>>;
}

const NOTHING = 'Nothing was imported.';
const ALL_COLUMNS: readonly Column[] = [...REQUIRED_METRIC_COLUMNS, ...OPTIONAL_METRIC_COLUMNS];

export function parseMetricsFile(text: string, fileName: string): MetricRow[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} is empty: write a header ${REQUIRED_METRIC_COLUMNS.join(',')} (optionally owner,service) and one line per day and metric. ${NOTHING}`, { file: fileName });
  const raw = trimmed.startsWith('[') || trimmed.startsWith('{') ? jsonRows(trimmed, fileName) : csvRows(text, fileName);
  if (raw.length === 0) throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} has no rows: add one row per day and metric. ${NOTHING}`, { file: fileName });
  const rows = raw.map((r) => checkRow(r, fileName));
  checkUnique(rows, raw, fileName);
  checkShapes(rows, raw, fileName);
  return rows;
}

function csvRows(text: string, fileName: string): RawRow[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (err) {
    throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} is not a CSV that can be read (${err instanceof Error ? err.message : String(err)}). ${NOTHING}`, { file: fileName });
  }
  const header = rows[0]!.fields.map((f) => f.trim().toLowerCase());
  const missing = REQUIRED_METRIC_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} is neither a JSON array nor a CSV whose first line names the columns ${REQUIRED_METRIC_COLUMNS.join(', ')} (optionally owner, service): its first line lacks ${missing.join(', ')}. ${NOTHING}`, { file: fileName, missing });
  }
  const at = new Map(ALL_COLUMNS.map((c) => [c, header.indexOf(c)]));
  return rows.slice(1).map((r) => ({
    row: r.line,
    fields: Object.fromEntries(ALL_COLUMNS.filter((c) => at.get(c)! >= 0).map((c) => [c, r.fields[at.get(c)!] ?? ''])),
  }));
}

function jsonRows(text: string, fileName: string): RawRow[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} starts like JSON but is not valid JSON (${err instanceof Error ? err.message : String(err)}). ${NOTHING}`, { file: fileName });
  }
  // `{ "metrics": [...] }` is accepted as well as a bare array
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as Record<string, unknown>).metrics) ? ((doc as Record<string, unknown>).metrics as unknown[]) : null;
  if (!list) throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName} is JSON but not an array of rows ({"date", "metric", "value", "owner"?, "service"?, "grain"?}) nor {"metrics": [...], "grain"?}. ${NOTHING}`, { file: fileName });
  // {"grain": "month", "metrics": [...]} declares the grain of every row that names none
  const fileGrain = Array.isArray(doc) ? undefined : (doc as Record<string, unknown>).grain;
  if (fileGrain !== undefined && !(METRIC_GRAINS as readonly unknown[]).includes(fileGrain)) {
    throw unitCostsError('UNIT_COSTS_BAD_FILE', `${fileName}: "grain" is ${snippet(String(fileGrain))}; write "day" or "month". ${NOTHING}`, { file: fileName });
  }
  return list.map((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw badRow(fileName, i + 1, null, `is not an object with ${REQUIRED_METRIC_COLUMNS.join(', ')}`);
    const byLower = new Map(Object.entries(item as Record<string, unknown>).map(([k, v]) => [k.trim().toLowerCase(), v]));
    if (fileGrain !== undefined && !byLower.has(METRIC_COLUMNS.grain)) byLower.set(METRIC_COLUMNS.grain, fileGrain);
    return { row: i + 1, fields: Object.fromEntries(ALL_COLUMNS.filter((c) => byLower.has(c)).map((c) => [c, byLower.get(c)])) };
  });
}

function badRow(fileName: string, row: number, column: Column | null, what: string): WorkbenchError {
  const where = column ? `row ${row}, column ${column}` : `row ${row}`;
  return unitCostsError('UNIT_COSTS_BAD_ROW', `${fileName}, ${where}: ${what}. Correct the file and import it again. ${NOTHING}`, { file: fileName, row, column });
}

function text(r: RawRow, column: Column): string {
  const v = r.fields[column];
  return v === undefined || v === null ? '' : String(v).trim();
}

function checkRow(r: RawRow, fileName: string): MetricRow {
  const date = text(r, METRIC_COLUMNS.date);
  if (!isCalendarDay(date)) throw badRow(fileName, r.row, 'date', `${snippet(date)} is not a date; write YYYY-MM-DD (2026-10-31)`);
  const metric = text(r, METRIC_COLUMNS.metric);
  if (!METRIC_NAME_PATTERN.test(metric)) throw badRow(fileName, r.row, 'metric', `${snippet(metric)} is not a metric name; use letters, digits, _ - . (at most 50 characters, no spaces), e.g. orders or active_users`);
  const value = volumeText(r.fields.value);
  if (value === null) throw badRow(fileName, r.row, 'value', `${snippet(r.fields.value ?? '')} is not a number of 0 or more with at most ${VOLUME_DECIMALS} decimals (write 1234.5, no thousands separators)`);
  const owner = text(r, METRIC_COLUMNS.owner);
  const service = text(r, METRIC_COLUMNS.service);
  for (const [column, v] of [['owner', owner], ['service', service]] as const) {
    if (v.length > MAX_KEY_CHARS) throw badRow(fileName, r.row, column, `is longer than ${MAX_KEY_CHARS} characters`);
  }
  const grain = text(r, METRIC_COLUMNS.grain).toLowerCase();
  if (grain !== '' && !(METRIC_GRAINS as readonly string[]).includes(grain)) throw badRow(fileName, r.row, 'grain', `${snippet(grain)} is not a grain; write day (a volume per day) or month (one value per month), or leave it empty to have it detected`);
  return { metric, date, owner: owner || NO_KEY, service: service || NO_KEY, value, grain: grain === '' ? null : (grain as MetricGrain) };
}

function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** A plain non-negative decimal (JSON numbers too), as text DuckDB reads exactly; null when not one. */
function volumeText(v: unknown): string | null {
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    s = String(v);
    // JSON numbers such as 1e21 print with an exponent: not a volume anyone counts
    if (/e/i.test(s)) return null;
  } else if (typeof v === 'string') s = v.trim();
  else return null;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  if ((m[2] ?? '').replace(/0+$/, '').length > VOLUME_DECIMALS) return null;
  return s;
}

function checkUnique(rows: MetricRow[], raw: RawRow[], fileName: string): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = JSON.stringify([r.date, r.metric, r.owner, r.service]);
    const first = seen.get(id);
    if (first !== undefined) {
      const what = [`date ${r.date}`, `metric ${r.metric}`, r.owner ? `owner ${JSON.stringify(r.owner)}` : 'no owner', r.service ? `service ${JSON.stringify(r.service)}` : 'no service'].join(', ');
      throw unitCostsError('UNIT_COSTS_DUPLICATE_ROW', `${fileName}, row ${raw[i]!.row} repeats row ${raw[first]!.row} (${what}): keep one of them, or add the values into one row. ${NOTHING}`, { file: fileName, row: raw[i]!.row, firstRow: raw[first]!.row, column: null });
    }
    seen.set(id, i);
  });
}

/**
 * A metric's rows all name an owner or none, and all a service or none: a total row beside rows
 * per owner would count the same volume twice.
 */
function checkShapes(rows: MetricRow[], raw: RawRow[], fileName: string): void {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    const f = first.get(r.metric);
    if (f === undefined) return void first.set(r.metric, i);
    const a = rows[f]!;
    for (const column of ['owner', 'service'] as const) {
      if ((a[column] === NO_KEY) !== (r[column] === NO_KEY)) {
        const has = a[column] === NO_KEY ? raw[i]!.row : raw[f]!.row;
        const lacks = a[column] === NO_KEY ? raw[f]!.row : raw[i]!.row;
        throw badRow(fileName, raw[i]!.row, column, `metric ${r.metric} names a ${column} on row ${has} but none on row ${lacks}; a metric's rows either all name a ${column} or none do (a total beside per-${column} rows would count the volume twice)`);
      }
    }
  });
}
