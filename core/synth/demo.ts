// The demo workspace: a 3-month organisation from a fixed seed, written as CUR 2.0 Parquet in a
// temporary folder and loaded through the normal ingest, so the demo is exactly what a user's
// own data becomes. Used by `finops-workbench demo` and by the app when no workspace is chosen.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallContext } from '../progress.ts';
import { ErrorCode, WorkbenchError } from '../errors.ts';
import { Workspace } from '../store/workspace.ts';
import { ingestPaths, type IngestResult } from '../ingest/index.ts';
import { GenerateCancelled, generate, type GenerateResult } from './generate.ts';
import type { GenerateOptions } from './options.ts';

/** The demo organisation: three hourly months, about a quarter of a million lines. */
export const DEMO_OPTIONS: Omit<GenerateOptions, 'out'> = {
  format: 'cur2-parquet',
  months: 3,
  seed: 2026,
  scale: 250_000,
  start: '2026-08',
  grain: 'hourly',
  metrics: false,
};

export const DEMO_WORKSPACE_EXISTS = 'DEMO_WORKSPACE_EXISTS';

export interface DemoResult {
  workspace: string;
  generated: Omit<GenerateResult, 'out' | 'billingDir' | 'truthPath' | 'files' | 'metricFiles'>;
  ingest: IngestResult;
}

function cancelled(ctx: CallContext): void {
  if (ctx.signal?.aborted) throw new WorkbenchError(ErrorCode.CANCELLED, 'Building the demo workspace was cancelled. Nothing was changed.');
}

/**
 * Builds the demo at `path`, which must not exist yet (the caller decides whether to replace one).
 * `options` changes the demo's generator options (tests make a smaller one).
 */
export async function buildDemoWorkspace(path: string, ctx: CallContext = {}, options: Partial<Omit<GenerateOptions, 'out'>> = {}): Promise<DemoResult> {
  if (existsSync(path)) throw new WorkbenchError(DEMO_WORKSPACE_EXISTS, `${path} already exists; the demo is built into a new workspace file. Remove it or choose another path.`, { path });
  const dir = mkdtempSync(join(tmpdir(), 'finops-demo-'));
  try {
    ctx.onProgress?.({ phase: 'write', message: 'Generating the demo organisation’s bill (3 months of CUR 2.0)', fraction: 0 });
    const gen = await generate({ ...DEMO_OPTIONS, ...options, out: dir }, (p) =>
      ctx.onProgress?.({ phase: 'write', message: `Generating the demo bill: ${p.linesDone.toLocaleString('en-US')} lines`, rowsDone: p.linesDone, fraction: Math.min(1, p.linesDone / p.linesTarget) }),
    ctx.signal,
    ).catch((err: unknown) => {
      if (err instanceof GenerateCancelled) cancelled(ctx);
      throw err;
    });
    cancelled(ctx);
    const ws = await Workspace.open(path);
    let ingest: IngestResult;
    try {
      ingest = await ingestPaths(ws, [gen.billingDir], ctx);
    } finally {
      ws.close();
    }
    const { out: _out, billingDir: _b, truthPath: _t, files: _f, metricFiles: _m, ...generated } = gen;
    return { workspace: path, generated, ingest };
  } catch (err) {
    rmSync(path, { force: true });
    rmSync(`${path}.wal`, { force: true });
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
