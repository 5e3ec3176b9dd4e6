// One ingest is one transaction: every prepared file is inserted, checked, and then the periods
// it delivers are settled against other deliveries of the same provider, billing account and
// billing period (restatement.ts). Any failure rolls everything back; it is explained after.
import { throwIfCancelled } from './cancelled.ts';
import type { CallContext } from '../progress.ts';
import { refreshDerivedTables } from '../store/derived-registry.ts';
import type { Db } from '../store/db.ts';
import { ident, join, sql, type SqlQuery } from '../sql/index.ts';
import type { PreparedFile } from './prepare.ts';
import { deliveredFocusColumns, focusInserts } from './select.ts';
import { Family } from './formats.ts';
import { splitFeesOf } from './aws/unused-commitment.ts';
import type { OverlapChoice } from './overlap-choice.ts';
import { settleRestatements } from './restatement.ts';
import type { TagKeyMap } from './aws/tag-key-map.ts';
import { TagKeysOnLoad } from './aws/tag-keys-on-load.ts';

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
  /** Something the person should know about the file (an ambiguous tag key). */
  note?: string;
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

/** Runs an INSERT that reads a file: a cancel interrupts it; any other failure is the file's. */
async function insertFromFile(db: Db, p: PreparedFile, insert: SqlQuery, ctx: CallContext): Promise<void> {
  const onAbort = () => db.interrupt();
  ctx.signal?.addEventListener('abort', onAbort);
  try {
    await db.run(insert);
  } catch (err) {
    throwIfCancelled(ctx.signal);
    throw new LoadFailure(p, err);
  } finally {
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}

async function insertWithProgress(db: Db, p: PreparedFile, importId: number, ctx: CallContext, report: (fraction: number, rows: number) => void, tagKeys: TagKeyMap): Promise<SqlQuery | undefined> {
  const { lines, unused } = focusInserts(p.src, p.format, importId, tagKeys);
  const timer = setInterval(() => {
    const pr = db.conn.progress;
    if (pr.percentage >= 0) report(Math.min(1, pr.percentage / 100), Number(pr.rows_processed));
  }, 200);
  try {
    await insertFromFile(db, p, sql`INSERT INTO focus BY NAME ${lines}`, ctx);
    return unused;
  } finally {
    clearInterval(timer);
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

export interface LoadOutcome {
  loaded: LoadedFile[];
  replacedImports: number[];
  /** Files of this ingest that a newer delivery superseded (recorded, not counted), with what won. */
  superseded: Map<number, string>;
}

/**
 * Where loaded files came from, as the imports table records it: `file` for files a user named;
 * pulls (S3, Athena, Cost Explorer) name their source and what each temporary file stands for.
 */
export interface ImportOrigin {
  source: string;
  describe: (displayPath: string) => string;
  /**
   * The files are the provider's own, byte for byte (a file given, an S3 delivery), not files the
   * workbench wrote from a query (Athena, Cost Explorer): only then does a FOCUS file's import
   * record which columns it delivered as they are (`validate` names their errors source findings).
   */
  providerFiles?: boolean;
}

export const FILE_ORIGIN: ImportOrigin = { source: 'file', describe: (p) => p, providerFiles: true };

/** The FOCUS columns a FOCUS-native import delivered as they are, as the imports table records them; null otherwise. */
function deliveredColumns(p: PreparedFile, origin: ImportOrigin): string | null {
  if (!origin.providerFiles || p.format.family !== Family.Focus) return null;
  return JSON.stringify(deliveredFocusColumns(p.src));
}

/**
 * CUR files put a commitment's unused part on its fee; the load takes it off the fee and gives it a
 * row of its own (aws/unused-commitment.ts): here, the file read again for its fees alone, only
 * when it had such a fee. After every file's lines, not between them: a few rows appended between
 * two large inserts made DuckDB's checkpoint rewrite the whole load (12.5 s CPU for 1M lines).
 * They change none of the file's checks (periods, accounts, currency, billed cost: copies of the
 * fee with BilledCost 0); the row count is the file's lines and these rows.
 */
async function insertUnusedCommitment(db: Db, loaded: LoadedFile[], unusedRows: readonly { loadedAt: number; query: SqlQuery }[], ctx: CallContext): Promise<void> {
  for (const { loadedAt, query } of unusedRows) {
    throwIfCancelled(ctx.signal);
    const file = loaded[loadedAt]!;
    const fees = file.empty ? 0 : Number(await db.value(splitFeesOf(file.importId)));
    if (fees === 0) continue;
    const before = file.rows;
    await insertFromFile(db, file.prepared, sql`INSERT INTO focus BY NAME ${query}`, ctx);
    file.rows = Number(await db.value(sql`SELECT count(*) FROM focus WHERE x_ImportId = ${file.importId}`));
    // one row per fee taken off: a file rewritten between its two reads gives another count
    if (file.rows - before !== fees) {
      throw new LoadFailure(file.prepared, new Error(`the file changed while it was being loaded (${fees} commitment fees on the first read, ${file.rows - before} on the second); load it again once it is complete`));
    }
    await db.run(sql`UPDATE imports SET rows = ${file.rows} WHERE id = ${file.importId}`);
  }
}

/** Inserts and checks all files, then settles restatements; call inside one transaction. */
export async function loadAll(
  db: Db,
  files: readonly PreparedFile[],
  ctx: CallContext,
  onFile: (i: number, fraction: number, rows: number) => void,
  origin: ImportOrigin = FILE_ORIGIN,
  choice?: OverlapChoice,
): Promise<LoadOutcome> {
  const loaded: LoadedFile[] = [];
  const unusedRows: { loadedAt: number; query: SqlQuery }[] = [];
  const tagKeys = new TagKeysOnLoad(db);
  for (const [i, p] of files.entries()) {
    throwIfCancelled(ctx.signal);
    const id = Number(
      await db.value(sql`INSERT INTO imports (source, path, content_hash, format, billing_periods, billing_accounts, providers, rows, bytes, status, delivery_id, delivered_columns)
        VALUES (${origin.source}, ${origin.describe(p.src.displayPath)}, ${p.sha256}, ${p.format.id}, [], [], [], 0, ${p.src.bytes}, 'loaded', ${p.delivery?.key ?? null},
          CAST(CAST(${deliveredColumns(p, origin)} AS JSON) AS VARCHAR[])) RETURNING id`),
    );
    const map = await tagKeys.before();
    const unused = await insertWithProgress(db, p, id, ctx, (fraction, rows) => onFile(i, fraction, rows), map);
    if (unused) unusedRows.push({ loadedAt: loaded.length, query: unused });
    const note = await tagKeys.after(p.format.family, id, p.src.columns, map);
    loaded.push({ ...(await checkAndRecord(db, p, id)), ...(note ? { note } : {}) });
    onFile(i, 1, loaded.at(-1)!.rows);
  }
  await insertUnusedCommitment(db, loaded, unusedRows, ctx);
  const rekeyedPeriods = await tagKeys.finish();
  const settled = await settleRestatements(
    db,
    loaded.filter((l) => !l.empty).map((l) => ({ importId: l.importId, path: l.prepared.src.displayPath, delivery: l.prepared.delivery, order: l.prepared.order })),
    choice,
  );
  for (const l of loaded) l.rows = settled.rowsLeft.get(l.importId) ?? l.rows;
  // Replaced rows belong to the same (provider, account, period) keys, so these periods are all,
  // with those of earlier months whose tag keys were re-keyed (their tag sets changed).
  await refreshDerivedTables(db, [...new Set([...loaded.flatMap((l) => l.periods), ...rekeyedPeriods])]);
  return { loaded, replacedImports: settled.replacedImports, superseded: settled.superseded };
}
