// Removing a metrics import through the contract (removeMetricsImport, a queued write) and the
// command line (`metrics remove`): its rows go, the import stays in the history as removed; a
// billing import or an unknown id is refused with a message, and nothing is removed.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_METHODS } from '../../core/api/guard.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { createWorkbench } from '../../core/api/service.ts';
import { cli } from '../support/cli.ts';
import { write } from '../support/files.ts';
import { INSTANCE_A, streamRecord, writeBill } from '../support/metric-files.ts';
import { query, tempDir } from '../support/workspace.ts';

const dir = tempDir('fw-metrics-remove-');
const db = join(dir, 'w.duckdb');
const day = { max: 40, min: 5, sum: 28_800, count: 1440 };

beforeAll(async () => {
  writeBill(dir);
  // Two files of 3 rows each: CPU on two days, and one more day.
  write(join(dir, 'cpu-a.json'), [streamRecord(INSTANCE_A, 'CPUUtilization', '2026-11-01T00:00:00Z', day, 'Percent'), streamRecord(INSTANCE_A, 'CPUUtilization', '2026-11-02T00:00:00Z', day, 'Percent'), streamRecord(INSTANCE_A, 'NetworkIn', '2026-11-01T00:00:00Z', day, 'Bytes')].join('\n'));
  write(join(dir, 'cpu-b.json'), [streamRecord(INSTANCE_A, 'CPUUtilization', '2026-11-03T00:00:00Z', day, 'Percent'), streamRecord(INSTANCE_A, 'NetworkIn', '2026-11-02T00:00:00Z', day, 'Bytes'), streamRecord(INSTANCE_A, 'NetworkIn', '2026-11-03T00:00:00Z', day, 'Bytes')].join('\n'));
  const r = await cli('ingest', '--db', db, join(dir, 'bill.csv'), join(dir, 'cpu-a.json'), join(dir, 'cpu-b.json'));
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads the workspace in this process (a CLI run costs seconds on a loaded machine). */
async function read<T>(text: string): Promise<T[]> {
  const ws = await Workspace.open(db, { readOnly: true });
  try {
    return (await query(createWorkbench(ws), text)) as T[];
  } finally {
    ws.close();
  }
}
const imports = () => read<{ id: number; path: string; status: string; rows: number }>('SELECT id::INTEGER AS id, path, status, rows::INTEGER AS rows FROM imports ORDER BY id');
const idOf = async (name: string) => (await imports()).find((i) => i.path.endsWith(name))!.id;

describe('metrics remove', () => {
  it('removes one metrics import by id, and says how many rows went', async () => {
    const id = await idOf('cpu-a.json');
    const r = await cli('metrics', 'remove', '--db', db, String(id), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ importId: id, rowsRemoved: 3 });
    expect((await imports()).find((i) => i.id === id)).toMatchObject({ status: 'removed', rows: 0 });
    expect(await read('SELECT count(*)::INTEGER AS n FROM resource_metrics')).toEqual([{ n: 3 }]);
  });

  it('refuses a billing import and a word, and removes nothing', async () => {
    const bill = await idOf('bill.csv');
    const r = await cli('metrics', 'remove', '--db', db, String(bill));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`error: BAD_REQUEST: Import ${bill} is not a metrics import of this workspace`);
    const word = await cli('metrics', 'remove', '--db', db, 'first');
    expect(word.stderr).toContain('An import id is a number');
    expect((await imports()).find((i) => i.id === bill)).toMatchObject({ status: 'loaded' });
  });
});

describe('removeMetricsImport in the contract', () => {
  it('is a queued write, and removes through the API', async () => {
    expect(WRITE_METHODS.has('removeMetricsImport')).toBe(true);
    const id = await idOf('cpu-b.json');
    const ws = await Workspace.open(db);
    try {
      expect(await createWorkbench(ws).removeMetricsImport({ importId: id })).toEqual({ importId: id, rowsRemoved: 3 });
    } finally {
      ws.close();
    }
  });
});
