// Pieces of the Athena queries: text with `?` placeholders and their ExecutionParameters, joined
// in the order they appear. Athena's parameters are SQL literals made by athenaLiteral, and Athena
// takes them only in the WHERE clause: the period goes as parameters; a map key a user named
// (`--tags Team`) sits in the select list, so it is written in as a literal by the same function
// (quotes doubled). Identifiers (table, tag and cost category columns are data) go through
// athenaIdent; nothing else is spliced. Amounts are cast to DECIMAL(38, 12) in
// Athena: its CSV writes doubles in Java's form (`1.0E-4`), and a sum of exact decimals loses
// nothing. Maps go out as JSON (Athena's CSV would write a map as `{k=v}`, which no reader parses).
// The SQL keeps to what Athena (Trino) and DuckDB read alike: a map key is read as `try(m[?])`
// (Trino's subscript fails on a missing key, `try` makes it null; DuckDB gives null), and a map
// is rebuilt from grouped columns in an outer query, never grouped by an expression.
import type { AthenaTable } from './athena-table.ts';
import { BILLING_PERIOD_PARTITION } from './cur-columns.ts';

export const ATHENA_MONEY = 'DECIMAL(38, 12)';

export function athenaIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function athenaLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export interface AthenaQuery {
  sql: string;
  /** SQL literals for ExecutionParameters, one per `?`. */
  params: string[];
}

export type Piece = string | AthenaQuery;

/** Pieces joined with `sep`, their parameters in the order of the text. */
export function cat(pieces: readonly Piece[], sep = ''): AthenaQuery {
  const sql: string[] = [];
  const params: string[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') sql.push(p);
    else {
      sql.push(p.sql);
      params.push(...p.params);
    }
  }
  return { sql: sql.join(sep), params };
}

/** A value as an ExecutionParameter: only in a WHERE clause. */
export function param(value: string): AthenaQuery {
  return { sql: '?', params: [athenaLiteral(value)] };
}

/** A value written into the text, for the places Athena takes no parameter (the select list). */
export function literal(value: string): AthenaQuery {
  return { sql: athenaLiteral(value), params: [] };
}

export function fromTable(t: AthenaTable): string {
  return `${athenaIdent(t.database)}.${athenaIdent(t.table)}`;
}

export const money = (column: string) => `CAST(${athenaIdent(column)} AS ${ATHENA_MONEY})`;
export const asJson = (column: string) => `CAST(${athenaIdent(column)} AS JSON)`;
export const present = (t: AthenaTable, names: readonly string[]) => names.filter((n) => t.columns.has(n));

/**
 * The billing period's rows: by partition when the table has them (year/month for legacy CUR,
 * billing_period for CUR 2.0 and FOCUS exports), so Athena scans one month, and by the period
 * start column.
 */
export function periodFilter(t: AthenaTable, period: string, periodStartColumn: string): AthenaQuery {
  const [year, month] = period.split('-') as [string, string];
  const parts: Piece[] = [];
  if (t.partitionKeys.includes('year') && t.partitionKeys.includes('month')) {
    // AWS writes month=1 for January; some tables are partitioned month=01.
    parts.push(cat([`${athenaIdent('year')} = `, param(year)]), cat([`${athenaIdent('month')} IN (`, param(String(Number(month))), ', ', param(month), ')']));
  }
  if (t.partitionKeys.includes(BILLING_PERIOD_PARTITION)) parts.push(cat([`${athenaIdent(BILLING_PERIOD_PARTITION)} = `, param(period)]));
  parts.push(cat([`${athenaIdent(periodStartColumn)} = CAST(`, param(`${period}-01 00:00:00`), ' AS timestamp)']));
  return cat(parts, ' AND ');
}

/** One column of a line-item extract: as is, an exact amount, or a map as JSON; renamed when `as` differs. */
export interface Selected {
  column: string;
  as?: string;
  kind?: 'money' | 'json';
}

export function selectList(cols: readonly Selected[]): string {
  return cols
    .map((c) => {
      const e = c.kind === 'money' ? money(c.column) : c.kind === 'json' ? asJson(c.column) : athenaIdent(c.column);
      return c.kind || (c.as && c.as !== c.column) ? `${e} AS ${athenaIdent(c.as ?? c.column)}` : e;
    })
    .join(', ');
}

export function lineItems(t: AthenaTable, cols: readonly Selected[], where: AthenaQuery): AthenaQuery {
  return cat([`SELECT ${selectList(cols)}\nFROM ${fromTable(t)}\nWHERE `, where]);
}

/** A map rebuilt in an aggregate from the chosen keys of a map column. */
export interface MapPlan {
  column: string;
  as: string;
  keys: readonly string[];
}

export interface AggregatePlan {
  /** The charge start, truncated to the day; `startAs`/`endAs` name the day's bounds. */
  day: { column: string; startAs: string; endAs: string };
  dims: readonly { column: string; as: string }[];
  maps: readonly MapPlan[];
  sums: readonly { column: string; as: string }[];
}

const EMPTY_MAP = 'CAST(map() AS MAP(VARCHAR, VARCHAR))';

/**
 * The JSON of a map holding the keys whose value is not null (null when none is): a key spelled
 * as the data does not spell it must not appear as a tag with no value.
 */
function mapOfKeys(entries: readonly { key: string; column: string }[]): AthenaQuery {
  const one = (e: { key: string; column: string }) => cat([`CASE WHEN "${e.column}" IS NULL THEN ${EMPTY_MAP} ELSE map(ARRAY[`, literal(e.key), `], ARRAY["${e.column}"]) END`]);
  const merged = entries.length === 1 ? one(entries[0]!) : cat(['map_concat(', cat(entries.map(one), ', '), ')']);
  return cat([`CASE WHEN ${entries.map((e) => `"${e.column}" IS NULL`).join(' AND ')} THEN NULL ELSE CAST(`, merged, ' AS JSON) END']);
}

/**
 * SELECT <day, day + 1, dims, maps as JSON, sums> FROM (SELECT <flat columns> FROM t WHERE period)
 * GROUP BY <day, dims, map values>: the inner query reads each chosen map key into a column of its
 * own, so the grain is the keys' values and the outer query puts them back into one map.
 */
export function aggregate(t: AthenaTable, plan: AggregatePlan, where: AthenaQuery): AthenaQuery {
  const maps = plan.maps.filter((m) => m.keys.length > 0);
  const keyCol = (i: number, j: number) => `k${i}_${j}`;
  const inner = cat(
    [
      `date_trunc('day', ${athenaIdent(plan.day.column)}) AS "day"`,
      ...plan.dims.map((d, i) => `${athenaIdent(d.column)} AS "d${i}"`),
      ...maps.flatMap((m, i) => m.keys.map((k, j) => cat([`try(${athenaIdent(m.column)}[`, literal(k), `]) AS "${keyCol(i, j)}"`]))),
      ...plan.sums.map((s, i) => `${money(s.column)} AS "s${i}"`),
    ],
    ', ',
  );
  const outer = cat(
    [
      `"day" AS ${athenaIdent(plan.day.startAs)}`,
      `"day" + INTERVAL '1' DAY AS ${athenaIdent(plan.day.endAs)}`,
      ...plan.dims.map((d, i) => `"d${i}" AS ${athenaIdent(d.as)}`),
      ...maps.map((m, i) => cat([mapOfKeys(m.keys.map((k, j) => ({ key: k, column: keyCol(i, j) }))), ` AS ${athenaIdent(m.as)}`])),
      ...plan.sums.map((s, i) => `sum("s${i}") AS ${athenaIdent(s.as)}`),
    ],
    ', ',
  );
  const groupBy = ['"day"', ...plan.dims.map((_, i) => `"d${i}"`), ...maps.flatMap((m, i) => m.keys.map((_, j) => `"${keyCol(i, j)}"`))];
  return cat(['SELECT ', outer, `\nFROM (SELECT `, inner, `\n  FROM ${fromTable(t)}\n  WHERE `, where, `) AS "src"\nGROUP BY ${groupBy.join(', ')}`]);
}
