// "three-teams": the line items of the worked example in core/engines/chargeback/SPEC.md,
// inserted straight into the focus table of a real workspace. Every expected figure in the
// chargeback tests is worked out by hand from this table (SPEC.md shows the working); keep the
// two the same. October 2026 is the example; one September line gives previousTotal.
import { sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

export interface FixtureLine {
  start: string;
  account: string;
  service: string;
  resource: string | null;
  effective: string;
  billed: string;
  category: 'Usage' | 'Purchase' | 'Tax' | 'Credit';
  team?: string;
  commitmentStatus?: 'Used' | 'Unused';
}

const SP = 'arn:aws:savingsplans::999999999999:savingsplan/sp-1';

export const THREE_TEAMS_LINES: FixtureLine[] = [
  // usage covered by the Savings Plan: effective 100 (billed through the plan's fee)
  { start: '2026-10-02', account: ACCOUNT_A, service: 'Amazon EC2', resource: 'i-1', effective: '100', billed: '0', category: 'Usage', team: 'payments', commitmentStatus: 'Used' },
  { start: '2026-10-03', account: ACCOUNT_A, service: 'Amazon EC2', resource: 'i-2', effective: '60', billed: '60', category: 'Usage', team: 'search' },
  { start: '2026-10-04', account: ACCOUNT_B, service: 'Amazon RDS', resource: 'db-1', effective: '40', billed: '40', category: 'Usage', team: 'data' },
  { start: '2026-10-05', account: ACCOUNT_B, service: 'Amazon S3', resource: 'bucket-1', effective: '20', billed: '20', category: 'Usage', team: 'payments' },
  // the plan's unused commitment: a Usage row of its own (FOCUS 1.2), no owner
  { start: '2026-10-01', account: ACCOUNT_A, service: 'Savings Plans for AWS Compute usage', resource: SP, effective: '10', billed: '0', category: 'Usage', commitmentStatus: 'Unused' },
  // the plan's recurring fee: billed 110, effective 0 (spread over the usage above)
  { start: '2026-10-01', account: ACCOUNT_A, service: 'Savings Plans for AWS Compute usage', resource: SP, effective: '0', billed: '110', category: 'Purchase' },
  { start: '2026-10-01', account: ACCOUNT_A, service: 'Amazon EC2', resource: null, effective: '22', billed: '22', category: 'Tax' },
  { start: '2026-10-01', account: ACCOUNT_A, service: 'Amazon EC2', resource: null, effective: '-20', billed: '-20', category: 'Credit' },
  { start: '2026-10-06', account: ACCOUNT_B, service: 'Amazon EC2', resource: 'i-9', effective: '7', billed: '7', category: 'Usage' },
  { start: '2026-09-10', account: ACCOUNT_A, service: 'Amazon EC2', resource: 'i-1', effective: '50', billed: '50', category: 'Usage', team: 'payments' },
];

/** The worked example's rules: two pools (even, fixed) and credits split in proportion to direct cost. */
export const THREE_TEAMS_RULES = {
  formatVersion: 1,
  owner: { chain: [{ kind: 'tag', key: 'Team' }] },
  basis: 'Effective',
  pools: [
    { name: 'Unused commitment', match: { kind: 'unusedCommitment' }, split: { method: 'even' } },
    { name: 'Tax', match: { kind: 'tax' }, split: { method: 'fixed', percentages: { payments: 50, search: 30, data: 20 } } },
  ],
  credits: 'proportional',
} as const;

export async function insertLines(ws: Workspace, lines: readonly FixtureLine[]): Promise<void> {
  for (const l of lines) {
    const tags = l.team === undefined ? null : JSON.stringify({ Team: l.team });
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "ResourceId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "CommitmentDiscountStatus", "Tags", "x_ImportId")
      VALUES (CAST(${l.start} AS TIMESTAMP), CAST(${l.start} AS TIMESTAMP) + INTERVAL 1 DAY,
        date_trunc('month', CAST(${l.start} AS TIMESTAMP)), date_trunc('month', CAST(${l.start} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '999999999999', 'USD', ${l.account}, ${l.account === ACCOUNT_A ? 'alpha' : 'beta'}, ${l.service}, ${l.resource},
        CAST(${l.billed} AS DECIMAL(38, 12)), CAST(${l.effective} AS DECIMAL(38, 12)), CAST(${l.billed} AS DECIMAL(38, 12)),
        CAST(${l.billed} AS DECIMAL(38, 12)), ${l.category}, ${l.commitmentStatus ?? null},
        CAST(CAST(${tags} AS JSON) AS MAP(VARCHAR, VARCHAR)), 1)`);
  }
}

export async function threeTeamsWorkspace(): Promise<TestWorkspace> {
  const t = await openTestWorkspace();
  await insertLines(t.ws, THREE_TEAMS_LINES);
  return t;
}
