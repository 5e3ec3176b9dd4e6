// The owner source kubernetes in the engine, on the Kubernetes split's worked example
// (chargeback-k8s-fixture.ts, core/engines/chargeback/kubernetes/SPEC.md): the cluster's node lines
// go to its namespaces as direct cost, OpenCost's idle is a pool split in proportion to them,
// uncovered node cost and the other lines are unallocated. Figures by hand (below).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKubernetesAllocation } from '../../core/engines/chargeback/kubernetes/index.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { insertK8sBill } from './chargeback-k8s-fixture.ts';

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace();
  await insertK8sBill(t.ws);
  await importKubernetesAllocation(t.ws.db, { fileName: 'opencost-allocation-oct.json', text: readFileSync(join(FIXTURES, 'kubernetes', 'opencost-allocation-oct.json'), 'utf8') });
});
afterAll(() => t.close());

describe('owner source kubernetes', () => {
  it('namespaces own the node cost, idle is split among them, the rest is unallocated', async () => {
    const r = await t.api.chargeback({ spec: { period: '2026-10', rules: { formatVersion: 1, owner: { chain: [{ kind: 'kubernetes', cluster: 'prod-eks' }, { kind: 'tag', key: 'Team' }] } } } });
    // October: nodes 300, data transfer 5, volume 3, staging node 50 = 358. The split (its SPEC):
    // payments 220/3, search 160/3, kube-system 130/3 (= 170), idle 30, uncovered 100.
    // Idle 30 in proportion (220:160:130): 12.941176…, 9.411764…, 7.647058…
    // Totals 86.2745…, 62.7450…, 50.9803…; unallocated 5 + 3 + 50 + 100 = 158.
    // Rows: floors 8627 + 6274 + 5098 + 15800 = 35799, one cent to search's .51.
    expect(r.sourceTotal).toBe(358);
    expect(r.unallocated).toBe(158);
    expect(r.allocations.map((a) => [a.owner, a.direct, a.shared, a.total])).toEqual([
      ['payments', 73.33, 12.94, 86.27],
      ['search', 53.34, 9.41, 62.75],
      ['kube-system', 43.33, 7.65, 50.98],
    ]);
    expect(r.pools).toMatchObject([{ name: 'Kubernetes idle (prod-eks)', amount: 30, method: 'proportional' }]);
    expect(r.kubernetes).toEqual([{ cluster: 'prod-eks', nodeCost: 300, allocated: 170, idle: 30, difference: -10 }]);
  });
});
