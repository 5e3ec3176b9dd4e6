// The workspace of the Rightsizing e2e: a generated organisation's October 2026, billed by the day,
// with the CloudWatch metrics the generator writes beside the bill (oversized, idle and
// right-sized instances; core/synth), loaded through the normal ingest as a user would load them;
// and the RDS hand fixture, for a DB instance's detail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../../../core/api/service.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { generate } from '../../../core/synth/generate.ts';

export async function generatedWithMetrics(path: string): Promise<void> {
  await generated(path, true);
}

/** The same month's bill without its metrics: what `rightsize` gives from the bill alone. */
export async function generatedBillOnly(path: string): Promise<void> {
  await generated(path, false);
}

/** The RDS hand fixture (test/fixtures/rightsizing: a legacy CUR and an AWS/RDS Metric Streams file). */
export async function rdsDatabases(path: string): Promise<void> {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'rightsizing');
  const ws = await Workspace.open(path);
  try {
    await createWorkbench(ws).ingest({ paths: [join(dir, 'rds-bill.csv'), join(dir, 'rds-metrics.json')] });
  } finally {
    ws.close();
  }
}

async function generated(path: string, withMetrics: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-e2e-rs-'));
  try {
    const gen = await generate({ out: dir, months: 1, scale: 8000, grain: 'daily', seed: 7, format: 'focus-csv', metrics: true, start: '2026-10' });
    const ws = await Workspace.open(path);
    try {
      await createWorkbench(ws).ingest({ paths: withMetrics ? [gen.billingDir, join(gen.out, 'cloudwatch')] : [gen.billingDir] });
    } finally {
      ws.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
