// Every table of a workspace as a fingerprint (its row count and an order-free sum of its rows'
// hashes, computed in DuckDB): two snapshots are equal when a call changed no row of any table.
// Proves that a read (a review pack) wrote nothing.
import { ident, sql } from '../../core/sql/index.ts';
import type { Db } from '../../core/store/db.ts';

export async function tableSnapshot(db: Db, except: readonly string[] = []): Promise<Record<string, string>> {
  const tables = (await db.all(sql`SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = 'main' ORDER BY table_name`)).map((r) => String(r.table_name)).filter((t) => !except.includes(t));
  const snapshot: Record<string, string> = {};
  for (const table of tables) {
    // hash(t) is the hash of the whole row (every column, MAPs and DECIMALs as stored); summed, not
    // xor-ed, so two equal rows do not cancel out
    const r = await db.one(sql`SELECT count(*) AS n, CAST(coalesce(sum(CAST(hash(t) AS HUGEINT)), 0) AS VARCHAR) AS h FROM ${ident(table)} AS t`);
    snapshot[table] = `${String(r?.n)} rows, hash ${String(r?.h)}`;
  }
  return snapshot;
}
