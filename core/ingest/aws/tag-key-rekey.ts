// Re-keying: when the tag key map changes (a key set by the user, or learned from a legacy CUR
// loaded after a CUR 2.0 month), rows already loaded from snake_case files take the key the map
// now gives. Only the key's spelling changes, never a value, and only on rows from snake_case
// files: each of their keys stands for exactly one AWS snake form (awsTagKey), so no two keys of
// a row can meet. Legacy rows keep the keys their headers wrote.
import type { Db } from '../../store/db.ts';
import { sql } from '../../sql/index.ts';
import { awsTagKey } from './cur-names.ts';
import { SNAKE_FORMAT_WHERE, TagKeyMap } from './tag-key-map.ts';

/** Ids of the loaded imports whose tag keys were snake_case. */
export async function snakeImportIds(db: Db): Promise<number[]> {
  const rows = await db.all(sql`SELECT id FROM imports WHERE status = 'loaded' AND ${SNAKE_FORMAT_WHERE} ORDER BY id`);
  return rows.map((r) => Number(r.id));
}

/** Distinct tag keys on the rows of these imports. */
export async function loadedTagKeys(db: Db, importIds: readonly number[]): Promise<string[]> {
  if (importIds.length === 0) return [];
  const rows = await db.all(sql`SELECT DISTINCT k FROM (SELECT unnest(map_keys(Tags)) AS k FROM focus
    WHERE list_contains(CAST(${JSON.stringify(importIds)} AS INTEGER[]), x_ImportId)) ORDER BY k`);
  return rows.map((r) => String(r.k));
}

export interface Rekeyed {
  rows: number;
  /** Billing periods (YYYY-MM) of the rows changed: the caller refreshes their derived tables. */
  billingPeriods: string[];
}

/** Rewrites the tag keys of snake_case rows to what the map now says. */
export async function rekeySnakeRows(db: Db): Promise<Rekeyed> {
  const ids = await snakeImportIds(db);
  const keys = await loadedTagKeys(db, ids);
  const map = await TagKeyMap.read(db);
  const from: string[] = [];
  const to: string[] = [];
  for (const key of keys) {
    const target = map.resolve(awsTagKey(key)).key;
    if (target !== key) {
      from.push(key);
      to.push(target);
    }
  }
  if (from.length === 0) return { rows: 0, billingPeriods: [] };
  const where = sql`list_contains(CAST(${JSON.stringify(ids)} AS INTEGER[]), x_ImportId) AND list_has_any(map_keys(Tags), CAST(${JSON.stringify(from)} AS VARCHAR[]))`;
  const touched = await db.all(sql`SELECT strftime(BillingPeriodStart, '%Y-%m') AS period, count(*) AS n FROM focus WHERE ${where} GROUP BY ALL ORDER BY period`);
  const remap = sql`MAP(CAST(${JSON.stringify(from)} AS VARCHAR[]), CAST(${JSON.stringify(to)} AS VARCHAR[]))`;
  await db.run(sql`UPDATE focus SET Tags = map_from_entries(list_transform(map_entries(Tags),
      e -> struct_pack(key := COALESCE(map_extract_value(${remap}, e.key), e.key), value := e.value)))
    WHERE ${where}`);
  return { rows: touched.reduce((n, r) => n + Number(r.n), 0), billingPeriods: touched.map((r) => String(r.period)) };
}
