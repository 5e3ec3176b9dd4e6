// The demo workspace and the two commands: `demo` builds a 3-month workspace through the normal
// ingest, never over an existing file; `generate` follows the command-line contract.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_OPTIONS, DEMO_WORKSPACE_EXISTS, type TruthDoc } from '../../core/synth/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { sql } from '../../core/sql/index.ts';
import { tempDir } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
const dir = tempDir('fw-synth-demo-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the demo workspace', () => {
  const path = join(dir, 'demo.duckdb');
  const small = { grain: 'daily' as const, scale: 4000 };

  it('holds three months of the generated organisation, every line loaded', async () => {
    const phases = new Set<string>();
    const result = await buildDemoWorkspace(path, { onProgress: (p) => phases.add(p.phase) }, small);
    expect(DEMO_OPTIONS.months).toBe(3);
    expect(result.generated.months).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(result.ingest.rowsLoaded).toBe(result.generated.focusRows);
    expect(phases.has('write') && phases.has('load')).toBe(true);
    const ws = await Workspace.open(path, { readOnly: true });
    try {
      const periods = await ws.db.all(sql`SELECT DISTINCT strftime(BillingPeriodStart, '%Y-%m') AS p FROM focus ORDER BY 1`);
      expect(periods.map((r) => r.p)).toEqual(['2026-08', '2026-09', '2026-10']);
      expect(await ws.db.value(sql`SELECT count(DISTINCT SubAccountId) FROM focus`)).toBeGreaterThanOrEqual(6);
    } finally {
      ws.close();
    }
  });

  it('is never built over an existing file', async () => {
    const before = readFileSync(path);
    await expect(buildDemoWorkspace(path, {}, small)).rejects.toMatchObject({ code: DEMO_WORKSPACE_EXISTS });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('leaves nothing behind when cancelled', async () => {
    const cancelled = join(dir, 'cancelled.duckdb');
    const controller = new AbortController();
    const run = buildDemoWorkspace(cancelled, { signal: controller.signal, onProgress: (p) => p.phase === 'write' && controller.abort() }, small);
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(cancelled)).toBe(false);
  });
});

describe('finops-workbench generate', () => {
  it('--json prints only the result, and the truth is beside the billing files', () => {
    const out = join(dir, 'gen');
    const r = cli('generate', '--out', out, '--format', 'focus-csv', '--months', '1', '--scale', '500', '--seed', '3', '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { billingDir: string; truthPath: string; format: string; lines: number; grain: string };
    expect(doc).toMatchObject({ billingDir: join(out, 'billing'), truthPath: join(out, 'truth.json'), format: 'focus-csv', grain: 'daily' });
    const truth = JSON.parse(readFileSync(doc.truthPath, 'utf8')) as TruthDoc;
    expect(truth.generator).toMatchObject({ seed: 3, months: ['2026-08'], lines: doc.lines });
  });

  it('refuses an unknown format with a coded error', () => {
    const r = cli('generate', '--out', join(dir, 'bad'), '--format', 'xlsx');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^error: SYNTH_BAD_OPTION: Unknown format "xlsx"/);
  });
});
