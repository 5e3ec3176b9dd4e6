// The pull commands as a script runs them, against the local AWS server: --json prints what was
// loaded on stdout and nothing else; a refusal is one `error: CODE: message` line and exit 1.
// (The server lives in this process, so the command runs asynchronously, not with spawnSync.)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_ROWS } from '../support/aws/cost-rows.ts';
import { putCur2Export, type ExportTable } from '../support/aws/athena-exports.ts';
import { LEGACY_CUR, startPullServer } from '../support/aws/pull-fixture.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import type { AwsServer } from '../support/aws/server.ts';
import { tempDir } from '../support/workspace.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
let server: AwsServer;
let restore: () => Promise<void>;
let dir: string;
let cur2: ExportTable;

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 90_000, env: process.env }, (err, stdout, stderr) => {
      ok({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = tempDir('fw-aws-cli-');
  ({ server, restore } = await startPullServer(dir));
  server.costExplorer.rows = COST_ROWS;
  server.costExplorer.daysPerPage = 31;
  cur2 = await putCur2Export(server, (await writeCurForms(LEGACY_CUR, dir)).cur2Parquet, dir);
});
afterAll(async () => restore());

describe('costexplorer pull on the command line', () => {
  it('--json prints the pull, with its requests and what was loaded', async () => {
    const db = join(dir, 'w.duckdb');
    const r = await cli('costexplorer', 'pull', '--db', db, '--from', '2026-09-01', '--to', '2026-11-01', '--group-by', 'SERVICE,LINKED_ACCOUNT', '--billing-account', '111111111111', '--endpoint-url', server.url, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ source: 'costexplorer', billingPeriods: ['2026-09', '2026-10'], requests: 2, costUsd: 0.02, ingest: { rowsLoaded: 4 } });
  });

  it('asks for --yes above 20 requests', async () => {
    const r = await cli('costexplorer', 'pull', '--db', join(dir, 'w2.duckdb'), '--from', '2025-01-01', '--to', '2026-10-01', '--billing-account', '111111111111', '--endpoint-url', server.url);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: COSTEXPLORER_CONFIRM: This pull makes at least 21 Cost Explorer requests \(\$0\.21\)\. Confirm with --yes/m);
  });
});

describe('athena pull on the command line', () => {
  const args = (db: string) => ['athena', 'pull', '--db', db, '--region', 'us-east-1', '--database', 'cur2', '--table', 'my_export', '--period', '2025-11', '--output-location', 's3://athena-results/cli/', '--endpoint-url', server.url];

  it('prints the scan estimated before the run and the data scanned after it', async () => {
    const bytes = cur2.periodFiles[0]!.bytes + cur2.periodFiles[1]!.bytes;
    const r = await cli(...args(join(dir, 'a.duckdb')), '--aggregate', '--tags', 'Team', '--cost-categories', 'Environment');
    expect(r.code).toBe(0);
    // A few kB of Parquet: Athena bills its 10 MB minimum, $0.00005.
    const size = `${(bytes / 1000).toFixed(2)} kB (${bytes.toLocaleString('en-US')} bytes)`;
    expect(r.stderr).toContain(`Estimated scan: ${size} in 2 objects, about $0.00005 at $5/TB`);
    expect(r.stderr).toContain(`estimated before the run: ${size} in 2 objects of billing_period=2025-11, $0.00005 at $5/TB`);
    expect(r.stderr).toContain(`data scanned ${size}, cost $0.00005 at $5/TB`);
  });

  it('--json carries both, and the query', async () => {
    const bytes = cur2.periodFiles[0]!.bytes + cur2.periodFiles[1]!.bytes;
    const r = await cli(...args(join(dir, 'b.duckdb')), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ source: 'athena', curVersion: 'cur2', estimate: { bytes, costUsd: 0.00005, objects: 2 }, query: { bytesScanned: bytes, costUsd: 0.00005 } });
    expect(doc.query.sql).toContain('FROM "cur2"."my_export"');
  });

  it('--dry-run prints the query and its estimate, runs nothing in Athena and leaves no workspace', async () => {
    const db = join(dir, 'dry.duckdb');
    const starts = server.calls('athena', 'StartQueryExecution').length;
    const r = await cli(...args(db), '--aggregate', '--tags', 'Team', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ curVersion: 'cur2', billingPeriod: '2025-11', estimate: { objects: 2, partitions: ['billing_period=2025-11'] } });
    expect(doc.query.parameters).toEqual(["'2025-11'", "'2025-11-01 00:00:00'"]);
    expect(doc.query.sql).toContain("try(\"resource_tags\"['user_Team'])");
    expect(server.calls('athena', 'StartQueryExecution').length).toBe(starts);
    expect(existsSync(db)).toBe(false);
  });
});
