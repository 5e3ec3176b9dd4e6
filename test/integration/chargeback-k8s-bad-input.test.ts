// Bad Kubernetes allocation files (issue 13, "an OpenCost file for another cluster window"): each
// is refused with a coded error saying what to do, and the workspace keeps exactly what it had.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKubernetesAllocation, listKubernetesImports } from '../../core/engines/chargeback/kubernetes/index.ts';
import { sql } from '../../core/sql/index.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { insertK8sBill } from './chargeback-k8s-fixture.ts';

const JSON_FILE = readFileSync(join(FIXTURES, 'kubernetes', 'opencost-allocation-oct.json'), 'utf8');
const CSV_HEADER = 'Window Start,Window End,Cluster,Namespace,Controller,Pod,cpuCost,ramCost,pvCost,networkCost,sharedCost,idleCost';

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace();
  await insertK8sBill(t.ws);
  await importKubernetesAllocation(t.ws.db, { fileName: 'october.json', text: JSON_FILE });
});
afterAll(() => t.close());

/** The import is refused with `code`, its message matching `message`, and nothing changed. */
async function refused(text: string, code: string, message: RegExp, cluster?: string): Promise<void> {
  const before = { imports: await listKubernetesImports(t.ws.db), rows: await t.ws.db.value(sql`SELECT count(*) FROM k8s_allocations`) };
  await expect(importKubernetesAllocation(t.ws.db, { fileName: 'bad', text, cluster })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect({ imports: await listKubernetesImports(t.ws.db), rows: await t.ws.db.value(sql`SELECT count(*) FROM k8s_allocations`) }).toEqual(before);
}

const csv = (...rows: string[]) => [CSV_HEADER, ...rows].join('\n');

describe('bad Kubernetes allocation files', () => {
  it('an OpenCost file for a window outside the loaded bill (September)', async () => {
    const september = JSON_FILE.replaceAll('2026-10-0', '2026-09-0');
    await refused(september, 'CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL', /window 2026-09-01T00:00:00Z – 2026-09-02T00:00:00Z \(cluster prod-eks\) lies outside the loaded billing periods \(2026-10, 2026-11\)\. Load that month's bill first/);
  });

  it('an OpenCost file for another cluster: the bill\'s clusters are named', async () => {
    await refused(JSON_FILE.replaceAll('prod-eks', 'dev-eks'), 'CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL', /No EC2 instance line of the bill belongs to cluster dev-eks .*The bill's clusters are: prod-eks, staging-eks\. Import again with --cluster NAME/);
  });

  it('a cluster the bill has, but not in the file\'s window', async () => {
    await refused(csv('2026-11-05T00:00:00Z,2026-11-06T00:00:00Z,staging-eks,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL', /node lines of cluster staging-eks only in 2026-10, none in the file's windows/);
  });

  it('a window overlapping an earlier import names that import', async () => {
    await refused(csv('2026-10-02T12:00:00Z,2026-10-03T12:00:00Z,prod-eks,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_WINDOW_OVERLAP', /overlaps import 1 \(october\.json, window 2026-10-02T00:00:00Z – 2026-10-03T00:00:00Z\).*chargeback k8s remove 1/);
  });

  it('windows of one file that overlap each other', async () => {
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,prod-eks,web,web,web-1,1,1,0,0,0,0', '2026-10-03T12:00:00Z,2026-10-04T12:00:00Z,prod-eks,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_WINDOW_OVERLAP', /file's windows .* overlap/);
  });

  it('a negative cost, by line and column', async () => {
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,prod-eks,web,web,web-1,1,-2.5,0,0,0,0'), 'CHARGEBACK_K8S_BAD_COST', /^Line 2: ramCost is negative \(-2\.5\)/);
  });

  it('a cost that is not a number', async () => {
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,prod-eks,web,web,web-1,1,n/a,0,0,0,0'), 'CHARGEBACK_K8S_BAD_COST', /^Line 2: ramCost is "n\/a", not a number/);
  });

  it('missing fields: no namespace column, a row without namespace, no window, no cluster', async () => {
    await refused('Window Start,Window End,Cluster,cpuCost,ramCost\n2026-10-03,2026-10-04,prod-eks,1,1', 'CHARGEBACK_K8S_MISSING_FIELD', /no namespace column/);
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,prod-eks,,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_MISSING_FIELD', /^Line 2 has no namespace/);
    await refused(csv(',2026-10-04T00:00:00Z,prod-eks,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_MISSING_FIELD', /^Line 2: Window Start is missing/);
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_MISSING_FIELD', /^Line 2 names no cluster .*--cluster NAME/);
    const noCpu = JSON.parse(JSON_FILE) as { data: Record<string, Record<string, unknown>>[] };
    delete noCpu.data[0]!.payments!.cpuCost;
    await refused(JSON.stringify(noCpu), 'CHARGEBACK_K8S_MISSING_FIELD', /^Set 1, allocation "payments" has no cpuCost/);
  });

  it('--cluster on a file of several clusters', async () => {
    await refused(csv('2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,a,web,web,web-1,1,1,0,0,0,0', '2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,b,web,web,web-1,1,1,0,0,0,0'), 'CHARGEBACK_K8S_CLUSTER_AMBIGUOUS', /holds 2 clusters \(a, b\)/, 'prod-eks');
  });

  it('a file that is not an allocation', async () => {
    await refused('name,amount\nx,1', 'CHARGEBACK_K8S_UNKNOWN_FORMAT', /neither OpenCost \/allocation JSON nor an allocation CSV/);
    await refused('{"code": 200, "data": [{"a": {"x": 1}}]}', 'CHARGEBACK_K8S_UNKNOWN_FORMAT', /not an OpenCost allocation response/);
    await refused('{"code": 200', 'CHARGEBACK_K8S_UNKNOWN_FORMAT', /not valid JSON/);
  });
});
