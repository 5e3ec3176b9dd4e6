// Workspaces for the Commitments e2e: a generated organisation billed by the hour for two months
// (Savings Plans and reservations of every kind the generator buys, some under-used; core/synth)
// loaded through the normal ingest; the hand-built FOCUS export of the status tests (three hours,
// a plan expiring in each of the 30/60/90-day windows); and ten days of EC2 usage without any
// commitment (forecast-workspaces.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../../../core/api/service.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { generate } from '../../../core/synth/generate.ts';
import { REPO } from './serve.ts';

export { tenDays as noCommitments } from './forecast-workspaces.ts';

export const COMMITMENTS_FIXTURE = join(REPO, 'test', 'fixtures', 'focus', 'commitments-status.csv');

async function ingestInto(path: string, paths: string[]): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await createWorkbench(ws).ingest({ paths });
  } finally {
    ws.close();
  }
}

export async function generatedHourly(path: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-e2e-cm-'));
  try {
    const gen = await generate({ out: dir, months: 2, scale: 3000, grain: 'hourly', seed: 7, format: 'focus-csv', metrics: false, start: '2026-08' });
    await ingestInto(path, [gen.billingDir]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function handBuilt(path: string): Promise<void> {
  await ingestInto(path, [COMMITMENTS_FIXTURE]);
}
