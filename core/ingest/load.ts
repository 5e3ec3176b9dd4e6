// One ingest is one transaction: every prepared file is inserted, checked, and the periods it
// delivers replace older deliveries of the same provider, billing account and billing period.
// Any failure rolls everything back; the failure is explained after the rollback.
import { throwIfCancelled } from './cancelled.ts';
import type { CallContext } from '../progress.ts';
import { refreshDerivedTables } from '../store/derived-registry.ts';
import type { Db } from '../store/db.ts';
import { ident, join, sql } from '../sql/index.ts';
import type { PreparedFile } from './prepare.ts';
import { buildFocusSelect } from './select.ts';
import { Family } from './formats.ts';
import { splitUnusedCommitment } from './aws/unused-commitment.ts';

/** FOCUS columns every loaded row must have. */
export const MANDATORY_COLUMNS = ['BillingPeriodStart', 'ChargePeriodStart', 'BilledCost', 'EffectiveCost', 'BillingAccountId', 'BillingCurrency'] as const;

export interface LoadedFile {
  prepared: PreparedFile;
  importId: number;
  rows: number;
  periods: string[];
  billedCost: number;
  /** A file with a header and no rows: not recorded as an import (it would have no period). */
  empty?: boolean;
}

/** Raised inside the transaction; explained once it is rolled back. */
export class LoadFailure extends Error {
  constructor(
    readonly prepared: PreparedFile,
    readonly error: unknown,
    readonly check?: { kind: 'null'; column: string; count: number } | { kind: 'currency'; currencies: { currency: string; rows: number }[] },
  ) {
    super('load failed');
  }
}

async function insertWithProgress(db: Db, p: PreparedFile, importId: number, ctx: CallContext, report: (fraction: number, rows: number) => void): Promise<void> {
  const insert = sql`INSERT INTO focus BY NAME ${buildFocusSelect(p.src, p.format, importId)}`;
  const onAbort = () => db.interrupt();
  ctx.signal?.addEventListener('abort', onAbort);
  const timer = setInterval(() => {
    const pr = db.conn.progress;
    if (pr.percentage >= 0) report(Math.min(1, pr.percentage / 100), Number(pr.rows_processed));
  }, 200);
  try {
    await db.run(insert);
  } catch (err) {
    throwIfCancelled(ctx.signal);
    throw new LoadFailure(p, err);
  } finally {
    clearInterval(timer);
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}

async function checkAndRecord(db: Db, p: PreparedFile, importId: number): Promise<LoadedFile> {
  const nulls = MANDATORY_COLUMNS.map((c) => sql`count(*) FILTER (WHERE ${ident(c)} IS NULL) AS ${ident(`null_${c}`)}`);
  const stats = await db.one(sql`
    SELECT count(*) AS n,
      list(DISTINCT strftime(BillingPeriodStart, '%Y-%m') ORDER BY strftime(BillingPeriodStart, '%Y-%m')) FILTER (WHERE BillingPeriodStart IS NOT NULL) AS periods,
      list(DISTINCT BillingAccountId ORDER BY BillingAccountId) FILTER (WHERE BillingAccountId IS NOT NULL) AS accounts,
      list(DISTINCT ProviderName ORDER BY ProviderName) FILTER (WHERE ProviderName IS NOT NULL) AS providers,
      count(DISTINCT BillingCurrency) AS currencies, min(BillingCurrency) AS currency,
      round(sum(BilledCost), 10) AS billed, ${join(nulls)}
    FROM focus WHERE x_ImportId = ${importId}`);
  if (!stats) throw new LoadFailure(p, new Error('no statistics'));
  if (Number(stats.n) === 0) {
    await db.run(sql`DELETE FROM imports WHERE id = ${importId}`);
    return { prepared: p, importId, rows: 0, periods: [], billedCost: 0, empty: true };
  }
  for (const c of MANDATORY_COLUMNS) {
    const count = Number(stats[`null_${c}`]);
    if (count > 0) throw new LoadFailure(p, null, { kind: 'null', column: c, count });
  }
  if (Number(stats.currencies) > 1) {
    const rows = await db.all(sql`SELECT BillingCurrency AS currency, count(*) AS rows FROM focus WHERE x_ImportId = ${importId} GROUP BY 1 ORDER BY 2 DESC`);
    throw new LoadFailure(p, null, { kind: 'currency', currencies: rows.map((r) => ({ currency: String(r.currency), rows: Number(r.rows) })) });
  }
  const periods = (stats.periods as string[] | null) ?? [];
  await db.run(sql`UPDATE imports SET
      billing_periods = ${sql`CAST(${JSON.stringify(periods)} AS VARCHAR[])`},
      billing_accounts = CAST(${JSON.stringify(stats.accounts ?? [])} AS VARCHAR[]),
      providers = CAST(${JSON.stringify(stats.providers ?? [])} AS VARCHAR[]),
      currency = ${stats.currency === null ? null : String(stats.currency)},
      rows = ${Number(stats.n)}, billed_cost = ${stats.billed === null ? null : String(stats.billed)}
    WHERE id = ${importId}`);
  return { prepared: p, importId, rows: Number(stats.n), periods, billedCost: Number(stats.billed ?? 0) };
}

/**
 * Newer deliveries win: rows of earlier imports for the (provider, billing account, billing
 * period) keys that the new imports deliver are removed. Returns the imports left with no rows.
 */
async function replaceOlderDeliveries(db: Db, newIds: number[]): Promise<number[]> {
  if (newIds.length === 0) return [];
  const ids = join(newIds);
  await db.run(sql`CREATE OR REPLACE TEMP TABLE ingest_new_keys AS
    SELECT DISTINCT ProviderName, BillingAccountId, BillingPeriodStart FROM focus WHERE x_ImportId IN (${ids})`);
  const touched = await db.all(sql`SELECT DISTINCT f.x_ImportId AS id FROM focus f JOIN ingest_new_keys k
      ON f.ProviderName = k.ProviderName AND f.BillingAccountId = k.BillingAccountId AND f.BillingPeriodStart = k.BillingPeriodStart
    WHERE f.x_ImportId NOT IN (${ids})`);
  if (touched.length > 0) {
    await db.run(sql`DELETE FROM focus USING ingest_new_keys k
      WHERE focus.ProviderName = k.ProviderName AND focus.BillingAccountId = k.BillingAccountId
        AND focus.BillingPeriodStart = k.BillingPeriodStart AND focus.x_ImportId NOT IN (${ids})`);
  }
  await db.run(sql`DROP TABLE ingest_new_keys`);
  const replaced: number[] = [];
  for (const t of touched) {
    const id = Number(t.id);
    const left = Number(await db.value(sql`SELECT count(*) FROM focus WHERE x_ImportId = ${id}`));
    if (left === 0) {
      await db.run(sql`UPDATE imports SET status = 'replaced', replaced_by = ${newIds[0]!}, rows = 0 WHERE id = ${id}`);
      replaced.push(id);
    } else {
      await db.run(sql`UPDATE imports SET rows = ${left} WHERE id = ${id}`);
    }
  }
  return replaced;
}

export interface LoadOutcome {
  loaded: LoadedFile[];
  replacedImports: number[];
}

/**
 * Where loaded files came from, as the imports table records it: `file` for files a user named;
 * pulls (S3, Athena, Cost Explorer) name their source and what each temporary file stands for.
 */
export interface ImportOrigin {
  source: string;
  describe: (displayPath: string) => string;
}

export const FILE_ORIGIN: ImportOrigin = { source: 'file', describe: (p) => p };

/** Inserts and checks all files, then replaces older deliveries; call inside one transaction. */
export async function loadAll(
  db: Db,
  files: readonly PreparedFile[],
  ctx: CallContext,
  onFile: (i: number, fraction: number, rows: number) => void,
  origin: ImportOrigin = FILE_ORIGIN,
): Promise<LoadOutcome> {
  const loaded: LoadedFile[] = [];
  for (const [i, p] of files.entries()) {
    throwIfCancelled(ctx.signal);
    const id = Number(
      await db.value(sql`INSERT INTO imports (source, path, content_hash, format, billing_periods, billing_accounts, providers, rows, bytes, status)
        VALUES (${origin.source}, ${origin.describe(p.src.displayPath)}, ${p.sha256}, ${p.format.id}, [], [], [], 0, ${p.src.bytes}, 'loaded') RETURNING id`),
    );
    await insertWithProgress(db, p, id, ctx, (fraction, rows) => onFile(i, fraction, rows));
    // FOCUS files already say where unused commitment is; CUR puts it on the fee (see the file).
    if (p.format.family !== Family.Focus) {
      try {
        await splitUnusedCommitment(db, id);
      } catch (err) {
        throw new LoadFailure(p, err);
      }
    }
    loaded.push(await checkAndRecord(db, p, id));
    onFile(i, 1, loaded.at(-1)!.rows);
  }
  const replacedImports = await replaceOlderDeliveries(
    db,
    loaded.filter((l) => !l.empty).map((l) => l.importId),
  );
  // Replaced rows belong to the same (provider, account, period) keys, so these periods are all.
  await refreshDerivedTables(db, [...new Set(loaded.flatMap((l) => l.periods))]);
  return { loaded, replacedImports };
}
