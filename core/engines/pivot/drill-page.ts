// A page of a cell's lines read straight from focus, in two steps, so a large workspace answers in
// a fraction of a second: (1) the page's row ids, sorted and limited, which reads only the columns
// the cell is filtered and sorted by; (2) the shown columns of just those rows, fetched by row id.
// One statement selecting every shown column reads all of them for every row group the cell
// touches (a month of a large bill, the Tags map included: seconds), though only a page is kept.
// In line order (no sort) step 1 has no ORDER BY: with insertion order preserved (DuckDB's default,
// checked each time) a LIMIT returns the first matching lines in row-id order and stops scanning
// there, instead of reading every row group of the cell's period and sorting; the page's rows sit
// close together, so step 2 reads a few row groups (DuckDB prunes the others on the row-id range).
import { empty, ident, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';

/** Alias of the row id in step 2 (not a FOCUS column name, so it never shadows one). */
const ROW_ID = '_drill_rid';

export interface DirectPageRequest {
  /** Conditions on focus selecting the cell's lines. */
  where: SqlQuery;
  /** ORDER BY of the page, ending with rowid (drill.ts drillOrder), so pages are stable. */
  order: SqlQuery;
  /** The page is in line order (rowid alone). */
  lineOrder: boolean;
  columns: readonly string[];
  offset: number;
  limit: number;
}

async function insertionOrderKept(db: Db): Promise<boolean> {
  return String(await db.value(sql`SELECT current_setting('preserve_insertion_order')`)).toLowerCase() === 'true';
}

export async function directPage(db: Db, req: DirectPageRequest): Promise<JsonRow[]> {
  const order = req.lineOrder && (await insertionOrderKept(db)) ? empty : sql` ORDER BY ${req.order}`;
  const ids = await db.all(sql`SELECT rowid AS ${ident(ROW_ID)} FROM focus WHERE ${req.where}${order} LIMIT ${req.limit} OFFSET ${req.offset}`);
  if (ids.length === 0) return [];
  const rowIds = ids.map((r) => BigInt(r[ROW_ID] as number | string));
  const position = new Map(rowIds.map((id, i) => [id, i]));
  const lo = rowIds.reduce((a, b) => (b < a ? b : a));
  const hi = rowIds.reduce((a, b) => (b > a ? b : a));
  // the cell's conditions again: a line changed between the two statements is left out, never shown in another's place
  const rows = await db.all(
    sql`SELECT rowid AS ${ident(ROW_ID)}, ${join(req.columns.map((c) => ident(c)))} FROM focus
WHERE rowid BETWEEN ${lo} AND ${hi} AND list_contains([${join(rowIds)}], rowid) AND ${req.where}`,
  );
  const at = (r: JsonRow) => position.get(BigInt(r[ROW_ID] as number | string))!;
  rows.sort((a, b) => at(a) - at(b));
  for (const r of rows) delete r[ROW_ID];
  return rows;
}
