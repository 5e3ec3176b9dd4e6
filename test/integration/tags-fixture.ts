// "tag-audit": the 8 line items of the worked example in core/engines/tags/SPEC.md, inserted
// straight into the focus table of a real workspace. Every expected number in the tags tests is
// summed by hand from this table; keep SPEC.md's table and this one the same. Lines 3 and 5 carry an
// AWS cost category `Team` (x_CostCategories), used only by a policy that names it.
import { sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

type Line = [start: string, account: string, service: string, serviceCode: string, resource: string | null, effective: string, billed: string, tags: Record<string, string> | null, costCategories?: Record<string, string>];

//                        ChargePeriodStart      account    service     x_ServiceCode  ResourceId  Effective Billed
export const TAG_AUDIT_LINES: Line[] = [
  ['2026-10-03 00:00:00', ACCOUNT_A, 'Amazon EC2', 'AmazonEC2', 'i-1', '100', '120', { Team: 'payments', Environment: 'prod' }],
  ['2026-10-04 00:00:00', ACCOUNT_A, 'Amazon EC2', 'AmazonEC2', 'i-2', '60', '60', { Team: 'search' }],
  ['2026-10-05 00:00:00', ACCOUNT_B, 'Amazon S3', 'AmazonS3', 'bucket-1', '25', '25', { team: 'search', Environment: 'dev' }, { Team: 'search' }],
  ['2026-10-06 00:00:00', ACCOUNT_B, 'Amazon RDS', 'AmazonRDS', 'db-1', '10', '10', { Team: 'data', Environment: 'production' }],
  ['2026-10-07 00:00:00', ACCOUNT_A, 'AWS Support (Business)', 'AWSSupportBusiness', null, '5', '5', null, { Team: 'platform' }],
  ['2026-11-02 00:00:00', ACCOUNT_A, 'Amazon EC2', 'AmazonEC2', 'i-1', '40', '40', { Team: 'payments', Environment: 'prod' }],
  ['2026-11-03 00:00:00', ACCOUNT_B, 'Amazon S3', 'AmazonS3', 'bucket-1', '20', '20', { Team: 'search', Environment: 'staging' }],
  ['2026-11-04 00:00:00', ACCOUNT_A, 'Amazon EC2', 'AmazonEC2', 'i-3', '30', '30', { Team: '', Environment: 'dev' }],
];

export async function insertTagAuditLines(ws: Workspace, lines: readonly Line[] = TAG_AUDIT_LINES): Promise<void> {
  for (const [start, account, service, code, resource, effective, billed, tags, costCategories] of lines) {
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "x_ServiceCode", "ResourceId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "Tags", "x_CostCategories", "x_ImportId")
      VALUES (CAST(${start} AS TIMESTAMP), CAST(${start} AS TIMESTAMP) + INTERVAL 1 DAY,
        date_trunc('month', CAST(${start} AS TIMESTAMP)), date_trunc('month', CAST(${start} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '999999999999', 'USD', ${account}, ${account === ACCOUNT_A ? 'alpha' : 'beta'}, ${service}, ${code}, ${resource},
        CAST(${billed} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)),
        CAST(${effective} AS DECIMAL(38, 12)), 'Usage',
        CAST(CAST(${tags === null ? null : JSON.stringify(tags)} AS JSON) AS MAP(VARCHAR, VARCHAR)),
        CAST(CAST(${costCategories ? JSON.stringify(costCategories) : null} AS JSON) AS MAP(VARCHAR, VARCHAR)), 1)`);
  }
}

/** The worked example's policy: Team (any value), Environment in prod, dev, stag*. */
export const EXAMPLE_POLICY = {
  kind: 'tagPolicy' as const,
  keys: [{ key: 'Team' }, { key: 'Environment', allowedValues: ['prod', 'dev', 'stag*'] }],
};

export async function tagAuditWorkspace(): Promise<TestWorkspace> {
  const t = await openTestWorkspace();
  await insertTagAuditLines(t.ws);
  return t;
}
