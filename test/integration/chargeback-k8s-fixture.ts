// "prod-eks": the bill of the Kubernetes split's worked example (core/engines/chargeback/kubernetes/
// SPEC.md), inserted straight into focus. Keep SPEC.md's table and this one the same; every
// expected number in the chargeback-k8s tests is summed by hand from it and from the OpenCost
// files in test/fixtures/kubernetes.
import { sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';

type Line = [day: string, resource: string, usageType: string, effective: string, tags: Record<string, string> | null];

export const K8S_BILL: Line[] = [
  // prod-eks nodes: i-0a1 by eks:cluster-name, i-0b2 by kubernetes.io/cluster/prod-eks; 100.00 a day
  ['2026-10-01', 'i-0a1', 'USE1-BoxUsage:m5.2xlarge', '60', { 'eks:cluster-name': 'prod-eks', Team: 'platform' }],
  ['2026-10-02', 'i-0a1', 'USE1-BoxUsage:m5.2xlarge', '60', { 'eks:cluster-name': 'prod-eks', Team: 'platform' }],
  ['2026-10-03', 'i-0a1', 'USE1-BoxUsage:m5.2xlarge', '60', { 'eks:cluster-name': 'prod-eks', Team: 'platform' }],
  ['2026-10-01', 'i-0b2', 'USE1-SpotUsage:m5.xlarge', '40', { 'kubernetes.io/cluster/prod-eks': 'owned' }],
  ['2026-10-02', 'i-0b2', 'USE1-SpotUsage:m5.xlarge', '40', { 'kubernetes.io/cluster/prod-eks': 'owned' }],
  ['2026-10-03', 'i-0b2', 'USE1-SpotUsage:m5.xlarge', '40', { 'kubernetes.io/cluster/prod-eks': 'owned' }],
  // not node cost of prod-eks: data transfer on a node, a volume with the cluster's tag, another cluster's node
  ['2026-10-01', 'i-0a1', 'USE1-DataTransfer-Regional-Bytes', '5', { 'eks:cluster-name': 'prod-eks' }],
  ['2026-10-01', 'vol-0d4', 'USE1-EBS:VolumeUsage.gp3', '3', { 'kubernetes.io/cluster/prod-eks': 'owned' }],
  ['2026-10-01', 'i-0c3', 'USE1-BoxUsage:m5.large', '50', { 'eks:cluster-name': 'staging-eks' }],
  // November: prod-eks runs on
  ['2026-11-01', 'i-0a1', 'USE1-BoxUsage:m5.2xlarge', '60', { 'eks:cluster-name': 'prod-eks' }],
];

export async function insertK8sBill(ws: Workspace, lines: readonly Line[] = K8S_BILL): Promise<void> {
  for (const [day, resource, usageType, effective, tags] of lines) {
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "x_ServiceCode", "ResourceId", "x_UsageType",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "Tags", "x_ImportId")
      VALUES (CAST(${day} AS TIMESTAMP), CAST(${day} AS TIMESTAMP) + INTERVAL 1 DAY,
        date_trunc('month', CAST(${day} AS TIMESTAMP)), date_trunc('month', CAST(${day} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '999999999999', 'USD', '111111111111', 'alpha', 'Amazon Elastic Compute Cloud', 'AmazonEC2', ${resource}, ${usageType},
        CAST(${effective} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)),
        CAST(${effective} AS DECIMAL(38, 12)), 'Usage', CAST(CAST(${tags === null ? null : JSON.stringify(tags)} AS JSON) AS MAP(VARCHAR, VARCHAR)), 1)`);
  }
}
