// The Athena queries of a pull, as text with `?` placeholders and their ExecutionParameters.
// Athena's parameters are SQL literals, so values go through athenaLiteral and identifiers (table
// and tag columns are data) through athenaIdent; nothing else is spliced. Amounts are cast to
// DECIMAL(38, 12) in Athena: its CSV writes doubles in Java's form (`1.0E-4`), and a sum of
// exact decimals loses nothing. The SQL keeps to what Athena (Trino) and DuckDB read alike.
import { CUR_AMOUNTS, CUR_DETAIL, CUR_DETAIL_AMOUNTS, CUR_DIMENSIONS, CUR_USAGE_END, CUR_USAGE_START } from './cur-columns.ts';
import { tagColumns, type AthenaTable } from './athena-table.ts';

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

export const Extract = {
  LineItems: 'line-items',
  Aggregate: 'aggregate',
} as const;
export type ExtractName = (typeof Extract)[keyof typeof Extract];

function from(t: AthenaTable): string {
  return `${athenaIdent(t.database)}.${athenaIdent(t.table)}`;
}

/** The billing period's rows: by partition (year/month) when the table has them, so Athena scans one month. */
function periodFilter(t: AthenaTable, period: string): AthenaQuery {
  const [year, month] = period.split('-') as [string, string];
  const parts: string[] = [];
  const params: string[] = [];
  if (t.partitionKeys.includes('year') && t.partitionKeys.includes('month')) {
    // AWS writes month=1 for January; some tables are partitioned month=01.
    parts.push(`${athenaIdent('year')} = ?`, `${athenaIdent('month')} IN (?, ?)`);
    params.push(athenaLiteral(year), athenaLiteral(String(Number(month))), athenaLiteral(month));
  }
  parts.push(`${athenaIdent('bill_billing_period_start_date')} = CAST(? AS timestamp)`);
  params.push(athenaLiteral(`${period}-01 00:00:00`));
  return { sql: parts.join(' AND '), params };
}

const present = (t: AthenaTable, names: readonly string[]) => names.filter((n) => t.columns.has(n));
const money = (c: string) => `CAST(${athenaIdent(c)} AS ${ATHENA_MONEY}) AS ${athenaIdent(c)}`;

/** Every line of the period, with only the columns the FOCUS mapping reads (and every tag). */
export function lineItemsQuery(t: AthenaTable, period: string): AthenaQuery {
  const amounts = new Set<string>([...CUR_AMOUNTS, ...CUR_DETAIL_AMOUNTS]);
  const cols = present(t, [...CUR_DIMENSIONS, CUR_USAGE_START, CUR_USAGE_END, ...CUR_DETAIL, ...CUR_AMOUNTS]);
  const select = [...cols.map((c) => (amounts.has(c) ? money(c) : athenaIdent(c))), ...tagColumns(t).map(athenaIdent)];
  const where = periodFilter(t, period);
  return { sql: `SELECT ${select.join(', ')}\nFROM ${from(t)}\nWHERE ${where.sql}`, params: where.params };
}

/**
 * The period summed in Athena by day × payer and usage account × service × region × usage type ×
 * line item type × the chosen tag columns (and the other dimensions of cur-columns.ts), every
 * amount summed, so a billion-line month arrives as thousands of rows. Rows keep CUR names, so
 * they load through the same mapping as a CUR file.
 */
export function aggregateQuery(t: AthenaTable, period: string, tags: readonly string[]): AthenaQuery {
  const day = `date_trunc('day', ${athenaIdent(CUR_USAGE_START)})`;
  const dims = [...present(t, CUR_DIMENSIONS), ...tags];
  const sums = present(t, CUR_AMOUNTS).map((c) => `sum(CAST(${athenaIdent(c)} AS ${ATHENA_MONEY})) AS ${athenaIdent(c)}`);
  const select = [`${day} AS ${athenaIdent(CUR_USAGE_START)}`, `${day} + INTERVAL '1' DAY AS ${athenaIdent(CUR_USAGE_END)}`, ...dims.map(athenaIdent), ...sums];
  const groupBy = Array.from({ length: dims.length + 2 }, (_, i) => String(i + 1));
  const where = periodFilter(t, period);
  return { sql: `SELECT ${select.join(', ')}\nFROM ${from(t)}\nWHERE ${where.sql}\nGROUP BY ${groupBy.join(', ')}`, params: where.params };
}
