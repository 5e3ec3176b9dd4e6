// The other ways the split finds a cluster's nodes and weights: CUR 2.0 split cost allocation rows
// (x_Split*, no OpenCost file: AWS's own worked example from core/ingest/SPEC.md) and a tag key
// the user names (--cluster-tag). Numbers worked by hand in SPEC.md ("Other sources").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKubernetesAllocation, kubernetesClusters, kubernetesSplit } from '../../core/engines/chargeback/kubernetes/index.ts';
import { sql } from '../../core/sql/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';
import { insertK8sBill } from './chargeback-k8s-fixture.ts';

let t: TestWorkspace;

type Row = [resource: string, usageType: string, effective: string, tags: Record<string, string>, parent: string | null, split: string | null, unused: string | null];
// 2026-10-05 10:00-11:00: instance i-0a5 ($1.04, no cluster tag) runs pods checkout and search
const HOUR: Row[] = [
  ['i-0a5', 'USE1-BoxUsage:m5.xlarge', '1.04', { Team: 'platform' }, null, null, null],
  ['arn:aws:eks:us-east-1:111111111111:pod/split-eks/checkout/checkout-1/u1', 'USE1-EKS-EC2-vCPU-Hours', '0', { 'aws:eks:cluster-name': 'split-eks', 'aws:eks:namespace': 'checkout' }, 'i-0a5', '0.18', '0.06'],
  ['arn:aws:eks:us-east-1:111111111111:pod/split-eks/checkout/checkout-1/u1', 'USE1-EKS-EC2-GB-Hours', '0', { 'aws:eks:cluster-name': 'split-eks', 'aws:eks:namespace': 'checkout' }, 'i-0a5', '0.08', '0.08'],
  ['arn:aws:eks:us-east-1:111111111111:pod/split-eks/search/search-1/u2', 'USE1-EKS-EC2-vCPU-Hours', '0', { 'aws:eks:cluster-name': 'split-eks', 'aws:eks:namespace': 'search' }, 'i-0a5', '0.36', '0.12'],
  ['arn:aws:eks:us-east-1:111111111111:pod/split-eks/search/search-1/u2', 'USE1-EKS-EC2-GB-Hours', '0', { 'aws:eks:cluster-name': 'split-eks', 'aws:eks:namespace': 'search' }, 'i-0a5', '0.08', '0.08'],
  // a node of cluster tag-eks known only by the user's own tag Cluster
  ['i-0b6', 'USE1-BoxUsage:m5.large', '10', { Cluster: 'tag-eks' }, null, null, null],
];

beforeAll(async () => {
  t = await openTestWorkspace();
  await insertK8sBill(t.ws);
  for (const [resource, usageType, effective, tags, parent, split, unused] of HOUR) {
    await t.ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId",
        "BillingCurrency", "SubAccountId", "ServiceName", "ResourceId", "x_UsageType", "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory",
        "Tags", "x_SplitParentResourceId", "x_SplitCost", "x_SplitUnusedCost", "x_ImportId")
      VALUES (TIMESTAMP '2026-10-05 10:00:00', TIMESTAMP '2026-10-05 11:00:00', TIMESTAMP '2026-10-01 00:00:00', TIMESTAMP '2026-11-01 00:00:00', 'AWS', '999999999999',
        'USD', '111111111111', 'Amazon EC2', ${resource}, ${usageType}, CAST(${effective} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)),
        CAST(${effective} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)), 'Usage', CAST(CAST(${JSON.stringify(tags)} AS JSON) AS MAP(VARCHAR, VARCHAR)),
        ${parent}, CAST(${split} AS DECIMAL(38, 12)), CAST(${unused} AS DECIMAL(38, 12)), 1)`);
  }
});
afterAll(() => t.close());

describe('nodes and weights from the bill itself', () => {
  it("split cost allocation rows: the parent instance is the cluster's node, x_SplitCost weighs, x_SplitUnusedCost is idle", async () => {
    expect(await kubernetesClusters(t.ws.db, '2026-10')).toEqual(['split-eks']);
    const r = await kubernetesSplit(t.ws.db, { period: '2026-10', basis: 'Effective', cluster: 'split-eks' });
    // checkout 0.18 + 0.08, search 0.36 + 0.08, unused 0.06 + 0.08 + 0.12 + 0.08 of the $1.04 hour
    expect(r.amounts).toEqual([{ group: 'search', amount: 0.44 }, { group: 'checkout', amount: 0.26 }]);
    expect(r.idle).toBe(0.34);
    expect(r.reconciliation).toEqual({ cluster: 'split-eks', nodeCost: 1.04, allocated: 0.7, idle: 0.34, difference: 0 });
    expect(r.windows).toEqual({ opencost: 0, splitCostAllocation: 1 });
  });

  it('--cluster-tag: nodes named by a tag of the user, refused without it', async () => {
    const csv = 'Window Start,Window End,Cluster,Namespace,cpuCost,ramCost\n2026-10-05T00:00:00Z,2026-10-06T00:00:00Z,tag-eks,web,3,1\n2026-10-05T00:00:00Z,2026-10-06T00:00:00Z,tag-eks,jobs,1,0\n';
    await expect(importKubernetesAllocation(t.ws.db, { fileName: 'tag.csv', text: csv })).rejects.toMatchObject({ code: 'CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL' });
    const ok = await importKubernetesAllocation(t.ws.db, { fileName: 'tag.csv', text: csv, clusterTag: 'Cluster' });
    expect(ok.import.clusterTag).toBe('Cluster');
    const r = await kubernetesSplit(t.ws.db, { period: '2026-10', basis: 'Effective', cluster: 'tag-eks' });
    // $10 by 4 : 1
    expect(r.amounts).toEqual([{ group: 'web', amount: 8 }, { group: 'jobs', amount: 2 }]);
    expect(r.reconciliation).toEqual({ cluster: 'tag-eks', nodeCost: 10, allocated: 10, idle: 0, difference: -5 });
  });
});
