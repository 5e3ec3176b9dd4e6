// Ingest: files and folders in, FOCUS rows out, all or nothing. Steps (core/ingest/SPEC.md):
// 1 discover files (folders, manifests) · 2 prepare each (format from content, completeness,
// fingerprint, required columns) · 3 skip content already loaded · 4 one transaction: insert,
// check, replace older deliveries · 5 on failure roll back, then explain with file/line/column.
import { rm } from 'node:fs/promises';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { importCancelled, throwIfCancelled } from './cancelled.ts';
import type { CallContext } from '../progress.ts';
import type { Workspace } from '../store/workspace.ts';
import { sql } from '../sql/index.ts';
import { discover } from './discover.ts';
import { explainFailure } from './explain.ts';
import { FILE_ORIGIN, LoadFailure, loadAll, type ImportOrigin, type LoadOutcome } from './load.ts';
import { loadMetricFile, type LoadedMetricFile, type MetricFile } from './metrics/index.ts';
import { splitMetricFiles } from './metric-files.ts';
import type { OverlapChoice } from './overlap-choice.ts';

export type { ImportOrigin } from './load.ts';
import { prepareFiles, type PreparedFile } from './prepare.ts';
import { compactAfterRollback } from './rollback.ts';
import { makeTempFolder, removeStaleTempFolders, TempPrefix } from './temp-folders.ts';

export interface IngestFileResult {
  path: string;
  format: string;
  /**
   * loaded; duplicate (same bytes as an earlier import, nothing changed); skipped (see note: a
   * file of a folder that is plainly not billing data, or a part of another delivery);
   * superseded (an older delivery of a period given in the same ingest as a newer one: recorded,
   * never counted; the note names the delivery that counts).
   */
  status: 'loaded' | 'duplicate' | 'skipped' | 'superseded';
  importId: number | null;
  rows: number;
  /** For a metrics file: the months its data points fall in. */
  billingPeriods: string[];
  billedCost: number;
  note?: string;
  /** What the person should know of a loaded metrics file (resources not in the bill, gaps, converted units). */
  warnings?: string[];
}

export interface IngestResult {
  files: IngestFileResult[];
  rowsLoaded: number;
  /** Imports whose periods this ingest replaced (a newer delivery wins). */
  replacedImports: number[];
}

/** No billing file in this ingest (metrics only). */
const NOTHING_LOADED: LoadOutcome = { loaded: [], replacedImports: [], superseded: new Map() };

export const EMPTY_FILE_NOTE = 'has a header but no rows: nothing to load';

function supersededNote(p: PreparedFile, periods: string[], by: string): string {
  const which = p.delivery ? ` (delivery ${p.delivery.label})` : '';
  return `superseded for ${periods.join(', ')}${which}: ${by} counts instead; recorded, not added`;
}

async function alreadyLoaded(ws: Workspace, files: number): Promise<Set<string>> {
  if (files === 0) return new Set();
  const rows = await ws.db.all(sql`SELECT DISTINCT content_hash FROM imports WHERE status IN ('loaded', 'replaced')`);
  return new Set(rows.map((r) => String(r.content_hash)));
}

export interface IngestOptions {
  /** For files with no delivery identity that would replace or double a loaded period; unset: stop and ask. */
  overlap?: OverlapChoice | undefined;
}

export async function ingestPaths(
  ws: Workspace,
  paths: readonly string[],
  ctx: CallContext = {},
  origin: ImportOrigin = FILE_ORIGIN,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const progress = ctx.onProgress ?? (() => {});
  progress({ phase: 'discover', message: `Looking at ${paths.length === 1 ? paths[0] : `${paths.length} paths`}` });
  const discovered = await discover(paths);
  const { skipped } = discovered;
  // utilization metrics, known by content, load beside the bill in the same transaction
  const { metrics, billing: files } = await splitMetricFiles(discovered.files, ctx.signal);
  // folders left in the system temp folder by runs that crashed go now; ours goes in the finally
  // below. Inside the staging folder: the only place the workspace's DuckDB may read files from
  // (the workspace clears it when it opens).
  removeStaleTempFolders();
  const tmp = makeTempFolder(TempPrefix.Ingest, ws.stagingDir ?? undefined);
  try {
    progress({ phase: 'read', message: `Checking ${files.length} file${files.length === 1 ? '' : 's'}`, filesTotal: files.length });
    const prepared = await prepareFiles(ws.db, files, tmp, ctx.signal);
    const known = await alreadyLoaded(ws, prepared.length + metrics.length);
    const results: IngestFileResult[] = [];
    const toLoad: PreparedFile[] = [];
    for (const p of prepared) {
      if (known.has(p.sha256)) {
        results.push({ path: p.src.displayPath, format: p.format.id, status: 'duplicate', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: 'already loaded: same content as an earlier import' });
        continue;
      }
      known.add(p.sha256);
      toLoad.push(p);
    }
    const metricsToLoad: MetricFile[] = [];
    for (const m of metrics) {
      if (known.has(m.sha256)) {
        results.push({ path: m.displayPath, format: m.format, status: 'duplicate', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: 'already loaded: same content as an earlier import' });
        continue;
      }
      known.add(m.sha256);
      metricsToLoad.push(m);
    }
    const bytesTotal = toLoad.reduce((s, p) => s + p.contentBytes, 0);
    const bytesBefore = toLoad.map((_, i) => toLoad.slice(0, i).reduce((s, p) => s + p.contentBytes, 0));
    let rowsBefore = 0;
    const conn = await ws.connect();
    try {
      const outcome = await conn
        .transaction(async () => {
          const r = toLoad.length === 0 ? NOTHING_LOADED : await loadAll(conn, toLoad, ctx, (i, fraction, rows) => {
            const p = toLoad[i]!;
            const bytesDone = bytesBefore[i]! + Math.round(fraction * p.contentBytes);
            progress({
              phase: 'load',
              message: `Loading ${p.src.displayPath}`,
              file: p.src.displayPath,
              filesDone: i,
              filesTotal: toLoad.length,
              rowsDone: rowsBefore + rows,
              bytesDone,
              bytesTotal,
              fraction: bytesTotal > 0 ? bytesDone / bytesTotal : 1,
            });
            if (fraction >= 1) rowsBefore += rows;
          }, origin, options.overlap);
          const m: LoadedMetricFile[] = [];
          for (const [i, f] of metricsToLoad.entries()) {
            throwIfCancelled(ctx.signal);
            progress({ phase: 'load', message: `Loading metrics ${f.displayPath}`, file: f.displayPath, filesDone: toLoad.length + i, filesTotal: toLoad.length + metricsToLoad.length });
            m.push(await loadMetricFile(conn, f, origin.source, ctx.signal));
          }
          throwIfCancelled(ctx.signal);
          progress({ phase: 'commit', message: 'Saving the workspace', bytesDone: bytesTotal, bytesTotal, fraction: 1 });
          return { ...r, metrics: m };
        })
        .catch(async (err: unknown) => {
          await compactAfterRollback(conn);
          if (err instanceof LoadFailure) throw await explainFailure(conn, err);
          throw err;
        });
      const kept = outcome.loaded.filter((x) => !x.empty && !outcome.superseded.has(x.importId));
      for (const l of kept) {
        results.push({ path: l.prepared.src.displayPath, format: l.prepared.format.id, status: 'loaded', importId: l.importId, rows: l.rows, billingPeriods: l.periods, billedCost: l.billedCost, ...(l.note ? { note: l.note } : {}) });
      }
      for (const l of outcome.loaded.filter((x) => outcome.superseded.has(x.importId))) {
        const note = supersededNote(l.prepared, l.periods, outcome.superseded.get(l.importId) ?? '');
        results.push({ path: l.prepared.src.displayPath, format: l.prepared.format.id, status: 'superseded', importId: l.importId, rows: 0, billingPeriods: l.periods, billedCost: 0, note });
      }
      for (const l of outcome.loaded.filter((x) => x.empty)) {
        results.push({ path: l.prepared.src.displayPath, format: l.prepared.format.id, status: 'skipped', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: EMPTY_FILE_NOTE });
      }
      for (const l of outcome.metrics) {
        const path = l.file.displayPath;
        if (!l.recorded) results.push({ path, format: l.file.format, status: 'skipped', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: 'holds no data points: nothing to load', warnings: l.warnings });
        else results.push({ path, format: l.file.format, status: 'loaded', importId: l.recorded.importId, rows: l.recorded.rows, billingPeriods: l.recorded.months, billedCost: 0, warnings: l.warnings });
      }
      for (const s of skipped) results.push({ path: s.path, format: '', status: 'skipped', importId: null, rows: 0, billingPeriods: [], billedCost: 0, note: s.reason });
      const metricsKept = outcome.metrics.flatMap((l) => (l.recorded ? [l.recorded] : []));
      const rowsLoaded = kept.reduce((s, l) => s + l.rows, 0) + metricsKept.reduce((s, r) => s + r.rows, 0);
      const filesLoaded = kept.length + metricsKept.length;
      progress({ phase: 'done', message: `Loaded ${rowsLoaded.toLocaleString('en-US')} rows from ${filesLoaded} file${filesLoaded === 1 ? '' : 's'}`, rowsDone: rowsLoaded, fraction: 1 });
      const replacedImports = [...new Set([...outcome.replacedImports, ...metricsKept.flatMap((r) => r.replacedImports)])];
      return { files: results, rowsLoaded, replacedImports };
    } finally {
      conn.close();
    }
  } catch (err) {
    if (ctx.signal?.aborted && !(err instanceof WorkbenchError && err.code !== ErrorCode.CANCELLED)) {
      throw importCancelled();
    }
    throw err;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
