// `finops-workbench chargeback k8s` as a user runs it, on the worked example of
// core/engines/chargeback/kubernetes/SPEC.md (the numbers are the ones worked there by hand).
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../core/store/workspace.ts';
import { cli } from '../support/cli.ts';
import { FIXTURES } from '../support/workspace.ts';
import { insertK8sBill } from './chargeback-k8s-fixture.ts';

const JSON_FILE = join(FIXTURES, 'kubernetes', 'opencost-allocation-oct.json');
const CSV_FILE = join(FIXTURES, 'kubernetes', 'opencost-export-oct3.csv');
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'k8s-cli-'));
  db = join(dir, 'w.duckdb');
  const ws = await Workspace.open(db);
  await insertK8sBill(ws);
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// in order, on one workspace
describe('finops-workbench chargeback k8s', () => {
  it('import: the JSON, then the CSV with --cluster; list shows both', async () => {
    const json = await cli('chargeback', 'k8s', 'import', '--db', db, JSON_FILE, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ alreadyImported: false, import: { id: 1, format: 'opencost-json', clusters: ['prod-eks'], windows: 2 } });
    const csv = await cli('chargeback', 'k8s', 'import', '--db', db, CSV_FILE, '--cluster', 'prod-eks');
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/^Imported .*opencost-export-oct3\.csv as import 2\.\n/);
    const list = await cli('chargeback', 'k8s', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout).imports.map((i: { id: number; fileName: string }) => [i.id, i.fileName])).toEqual([[1, 'opencost-allocation-oct.json'], [2, 'opencost-export-oct3.csv']]);
  });

  it('split: the month by namespace, to the cent, as text and JSON', async () => {
    const json = await cli('chargeback', 'k8s', 'split', '--db', db, '--period', '2026-10', '--cluster', 'prod-eks', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      amounts: [{ group: 'payments', amount: 119.05 }, { group: 'search', amount: 99.05 }, { group: 'kube-system', amount: 51.9 }],
      idle: 30,
      reconciliation: { cluster: 'prod-eks', nodeCost: 300, allocated: 270, idle: 30, difference: -22.5 },
    });
    const text = await cli('chargeback', 'k8s', 'split', '--db', db, '--period', '2026-10', '--cluster', 'prod-eks', '--by', 'label:team');
    expect(text.stderr.split('\n').slice(1, 7).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['label:team', 'Effective'], ['checkout', '119.05'], ['discovery', '99.05'], ['__unallocated__', '51.90'], ['idle', '30.00'], ['nodes in the bill', '300.00'],
    ]);
  });

  it('an OpenCost file for another window: exit 1, one error line, nothing changed', async () => {
    const september = join(dir, 'september.json');
    writeFileSync(september, readFileSync(JSON_FILE, 'utf8').replaceAll('2026-10-0', '2026-09-0'));
    const r = await cli('chargeback', 'k8s', 'import', '--db', db, september);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL: The window 2026-09-01T00:00:00Z – 2026-09-02T00:00:00Z \(cluster prod-eks\) lies outside the loaded billing periods \(2026-10, 2026-11\)\..*\n$/);
    const list = await cli('chargeback', 'k8s', 'list', '--db', db, '--json');
    expect(JSON.parse(list.stdout).imports).toHaveLength(2);
  });

  it('remove: the import and its allocations go', async () => {
    const r = await cli('chargeback', 'k8s', 'remove', '--db', db, '2', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).imports.map((i: { id: number }) => i.id)).toEqual([1]);
    const missing = await cli('chargeback', 'k8s', 'remove', '--db', db, '7');
    expect(missing).toMatchObject({ code: 1, stderr: 'error: CHARGEBACK_K8S_IMPORT_NOT_FOUND: No Kubernetes allocation import has id 7. The imports are: 1 (chargeback k8s list).\n' });
  });
});
