// A checked file's points into resource_metrics, recorded as one import. A point replaces the
// workspace's point of the same resource, metric, period start and period length, whichever
// import it came from: loading newer or overlapping data never doubles. An import left with no
// rows is marked replaced, by this one.
import type { Db } from '../../store/db.ts';
import { sql } from '../../sql/index.ts';
import { STAGE } from './stage.ts';

export interface RecordedImport {
  importId: number;
  rows: number;
  /** 'YYYY-MM' of each month the points fall in. */
  months: string[];
  /** Earlier imports whose points this one replaced, all of them or some. */
  replacedImports: number[];
}

export interface ImportRecordInput {
  source: string;
  path: string;
  sha256: string;
  format: string;
  bytes: number;
}

export async function storeStage(db: Db, rec: ImportRecordInput): Promise<RecordedImport> {
  const facts = await db.one(sql`SELECT count(*) AS n,
      list(DISTINCT strftime(period_start, '%Y-%m') ORDER BY strftime(period_start, '%Y-%m')) AS months,
      coalesce(list(DISTINCT account_id ORDER BY account_id) FILTER (WHERE account_id IS NOT NULL), []) AS accounts
    FROM ${STAGE}`);
  const months = (facts?.months as string[] | null) ?? [];
  const importId = Number(
    await db.value(sql`INSERT INTO imports (source, path, content_hash, format, billing_periods, billing_accounts, providers, rows, bytes, status)
      VALUES (${rec.source}, ${rec.path}, ${rec.sha256}, ${rec.format}, CAST(${JSON.stringify(months)} AS VARCHAR[]), CAST(${JSON.stringify(facts?.accounts ?? [])} AS VARCHAR[]), ['AWS'], ${Number(facts?.n ?? 0)}, ${rec.bytes}, 'loaded') RETURNING id`),
  );
  const touched = await db.all(sql`
    SELECT r.import_id, count(*) AS n FROM resource_metrics r SEMI JOIN ${STAGE} s
      ON r.resource_id = s.resource_id AND r.metric = s.metric AND r.period_start = s.period_start AND r.period_seconds = s.period_seconds
    GROUP BY r.import_id ORDER BY r.import_id`);
  if (touched.length > 0) {
    await db.run(sql`DELETE FROM resource_metrics r USING ${STAGE} s
      WHERE r.resource_id = s.resource_id AND r.metric = s.metric AND r.period_start = s.period_start AND r.period_seconds = s.period_seconds`);
    for (const t of touched) {
      const id = Number(t.import_id);
      await db.run(sql`UPDATE imports SET rows = (SELECT count(*) FROM resource_metrics WHERE import_id = ${id}) WHERE id = ${id}`);
      await db.run(sql`UPDATE imports SET status = 'replaced', replaced_by = ${importId} WHERE id = ${id} AND rows = 0`);
    }
  }
  await db.run(sql`INSERT INTO resource_metrics BY NAME
    SELECT ${importId} AS import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds,
      maximum, average, minimum, sample_count, p95, p99, unit_raw AS unit FROM ${STAGE}`);
  return { importId, rows: Number(facts?.n ?? 0), months, replacedImports: touched.map((t) => Number(t.import_id)) };
}
