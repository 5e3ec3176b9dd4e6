// Drill-down pages for a grid that scrolls: the first page of a cell copies the cell's line
// items (only the columns shown) into a temporary table, and each sort gets a small table of
// positions, so every later page is a join on a position range (milliseconds) instead of a
// scan and sort of the whole focus table. Entries are keyed by what the lines depend on,
// including the workspace's data version, so an ingest never serves stale lines; the oldest are
// dropped beyond a few. Cells with very many lines are not copied (the direct query pages them).
// Pages of one workspace are made one at a time: a grid keeps two requests in flight, and two
// pages at once could create the same sort's table twice or drop a copy the other is reading.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';

export const DRILL_CACHE_ENTRIES = 3;
export const DRILL_CACHE_MAX_LINES = 2_000_000;
const ROW_ID = '_rid';
const POSITION = '_pos';

interface Entry {
  lines: string;
  orders: Map<string, string>;
}

interface Cache {
  entries: Map<string, Entry>;
  next: number;
  /** The page being made; the next one starts when it ends (they share one DuckDB connection anyway). */
  turn: Promise<unknown>;
}

const caches = new WeakMap<Db, Cache>();

export interface CachedPageRequest {
  /** What the lines depend on (spec, cell, filters, columns, data version), as one string. */
  key: string;
  /** Conditions on focus selecting the cell's lines. */
  where: SqlQuery;
  /** Columns copied (the shown ones and every sort column). */
  columns: readonly string[];
  shown: readonly string[];
  /** ORDER BY parts on copied columns (the row id is appended as the last tie-breaker). */
  order: { column: string; direction: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
}

export function isCached(db: Db, key: string): boolean {
  return caches.get(db)?.entries.has(key) ?? false;
}

async function drop(db: Db, entry: Entry): Promise<void> {
  for (const t of [...entry.orders.values(), entry.lines]) await db.run(sql`DROP TABLE IF EXISTS ${ident(t)}`);
}

export function cachedPage(db: Db, req: CachedPageRequest): Promise<JsonRow[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { entries: new Map(), next: 0, turn: Promise.resolve() }));
  const own = cache;
  const page = own.turn.then(() => pageInTurn(db, own, req));
  own.turn = page.catch(() => undefined);
  return page;
}

async function pageInTurn(db: Db, cache: Cache, req: CachedPageRequest): Promise<JsonRow[]> {
  let entry = cache.entries.get(req.key);
  if (entry) {
    cache.entries.delete(req.key); // re-insert below: Map order is the recency order
  } else {
    const lines = `drill_lines_${cache.next++}`;
    await db.run(sql`CREATE TEMP TABLE ${ident(lines)} AS SELECT rowid AS ${ident(ROW_ID)}, ${join(req.columns.map((c) => ident(c)))} FROM focus WHERE ${req.where}`);
    entry = { lines, orders: new Map() };
  }
  cache.entries.set(req.key, entry);
  while (cache.entries.size > DRILL_CACHE_ENTRIES) {
    const [oldKey, old] = cache.entries.entries().next().value as [string, Entry];
    cache.entries.delete(oldKey);
    await drop(db, old);
  }
  const orderKey = JSON.stringify(req.order);
  let order = entry.orders.get(orderKey);
  if (!order) {
    order = `${entry.lines}_order_${entry.orders.size}`;
    const by = [...req.order.map((o) => sql`${ident(o.column)} ${raw(o.direction === 'asc' ? 'ASC' : 'DESC')} NULLS LAST`), sql`${ident(ROW_ID)}`];
    await db.run(
      sql`CREATE TEMP TABLE ${ident(order)} AS SELECT ${ident(ROW_ID)}, row_number() OVER (ORDER BY ${join(by)}) AS ${ident(POSITION)} FROM ${ident(entry.lines)} ORDER BY ${ident(POSITION)}`,
    );
    entry.orders.set(orderKey, order);
  }
  const shown = join(req.shown.map((c) => sql`l.${ident(c)}`));
  return db.all(
    sql`SELECT ${shown} FROM ${ident(order)} o JOIN ${ident(entry.lines)} l USING (${ident(ROW_ID)})
WHERE o.${ident(POSITION)} > ${req.offset} AND o.${ident(POSITION)} <= ${req.offset + req.limit} ORDER BY o.${ident(POSITION)}`,
  );
}
