// The Kubernetes split on the worked example of core/engines/chargeback/kubernetes/SPEC.md: the
// bill of chargeback-k8s-fixture.ts and the OpenCost files in test/fixtures/kubernetes. Every
// expected number is worked by hand in SPEC.md ("Worked example"), not by the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importKubernetesAllocation, kubernetesClusters, kubernetesSplit, listKubernetesImports } from '../../core/engines/chargeback/kubernetes/index.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { insertK8sBill } from './chargeback-k8s-fixture.ts';

const DIR = join(FIXTURES, 'kubernetes');
const JSON_FILE = readFileSync(join(DIR, 'opencost-allocation-oct.json'), 'utf8');
const CSV_FILE = readFileSync(join(DIR, 'opencost-export-oct3.csv'), 'utf8');

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  await insertK8sBill(t.ws);
});
afterEach(() => t.close());

const split = (by?: string) => kubernetesSplit(t.ws.db, { period: '2026-10', basis: 'Effective', cluster: 'prod-eks', by });

describe('Kubernetes split of the worked example', () => {
  it('import: the JSON is recognised and stored with its windows', async () => {
    const out = await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: JSON_FILE });
    expect(out.alreadyImported).toBe(false);
    expect(out.import).toMatchObject({
      id: 1, format: 'opencost-json', clusters: ['prod-eks'], clusterTag: null,
      windowStart: '2026-10-01T00:00:00Z', windowEnd: '2026-10-03T00:00:00Z', windows: 2, allocations: 7,
      // 30 + 10.25 + 45 + 20 + 30 + 35 + 30
      totalCost: 200.25,
    });
  });

  it('steps 1-5: October with the JSON only: Oct 3 is uncovered, the 1/3 tie goes to kube-system', async () => {
    await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: JSON_FILE });
    const r = await split();
    expect(r.amounts).toEqual([
      { group: 'payments', amount: 73.33 },
      { group: 'search', amount: 53.33 },
      { group: 'kube-system', amount: 43.34 },
    ]);
    expect(r.idle).toBe(30);
    expect(r.uncovered).toBe(100);
    // OpenCost counted 100 + 90 for days the bill's nodes cost 200
    expect(r.openCostTotal).toBe(190);
    expect(r.reconciliation).toEqual({ cluster: 'prod-eks', nodeCost: 300, allocated: 170, idle: 30, difference: -10 });
    expect(r.windows).toEqual({ opencost: 2, splitCostAllocation: 0 });
  });

  it('steps 1-5: with the CSV for Oct 3 (--cluster) the whole month splits, to the cent', async () => {
    await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: JSON_FILE });
    const csv = await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-export-oct3.csv', text: CSV_FILE, cluster: 'prod-eks' });
    expect(csv.import).toMatchObject({ id: 2, format: 'opencost-csv', clusters: ['prod-eks'], windows: 1, allocations: 4, totalCost: 95.5 });
    const r = await split();
    expect(r.amounts).toEqual([
      { group: 'payments', amount: 119.05 },
      { group: 'search', amount: 99.05 },
      { group: 'kube-system', amount: 51.9 },
    ]);
    expect(r.idle).toBe(30);
    expect(r.uncovered).toBe(0);
    expect(r.openCostTotal).toBe(277.5);
    expect(r.reconciliation).toEqual({ cluster: 'prod-eks', nodeCost: 300, allocated: 270, idle: 30, difference: -22.5 });
  });

  it('by label:team: the label values, allocations without it as __unallocated__', async () => {
    await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: JSON_FILE });
    await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-export-oct3.csv', text: CSV_FILE, cluster: 'prod-eks' });
    const r = await split('label:team');
    expect(r.amounts).toEqual([
      { group: 'checkout', amount: 119.05 },
      { group: 'discovery', amount: 99.05 },
      { group: '__unallocated__', amount: 51.9 },
    ]);
    expect(r.idle).toBe(30);
  });

  it('Billed basis and another cluster: the same lines, the cluster filter holds', async () => {
    await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: JSON_FILE });
    expect(await kubernetesClusters(t.ws.db, '2026-10')).toEqual(['prod-eks']);
    expect((await kubernetesSplit(t.ws.db, { period: '2026-10', basis: 'Billed', cluster: 'prod-eks' })).reconciliation.nodeCost).toBe(300);
    // staging-eks has a node (50.00) and no allocation: all of it uncovered, nothing split
    const staging = await kubernetesSplit(t.ws.db, { period: '2026-10', basis: 'Effective', cluster: 'staging-eks' });
    expect(staging).toMatchObject({ amounts: [], idle: 0, uncovered: 50, reconciliation: { nodeCost: 50, allocated: 0, idle: 0, difference: 0 } });
  });

  it('the same file twice changes nothing', async () => {
    await importKubernetesAllocation(t.ws.db, { fileName: 'a.json', text: JSON_FILE });
    const again = await importKubernetesAllocation(t.ws.db, { fileName: 'b.json', text: JSON_FILE });
    expect(again).toMatchObject({ alreadyImported: true, import: { id: 1, fileName: 'a.json' } });
    expect(await listKubernetesImports(t.ws.db)).toHaveLength(1);
  });
});
