// "tiny-org": 14 hand-written line items, inserted straight into the focus table of a real
// DuckDB workspace file. Every expected number in the pivot tests is summed by hand from this
// table; keep the comments beside each line true if you change it.
import { sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { openTestWorkspace } from '../support/workspace.ts';

export const HOSTILE_TEAM = "o'brien; DROP TABLE focus; --";

type Line = [start: string, service: string, account: 'prod' | 'dev', region: string, billed: string, effective: string, list: string, contracted: string, quantity: string, category: string, tags: Record<string, string> | null];

const ACCOUNTS = { prod: '222222222222', dev: '333333333333' };

//                 ChargePeriodStart      ServiceName          acct    region       Billed    Effective List     Contracted Qty   Category
export const TINY_ORG: Line[] = [
  ['2026-01-05 10:00:00', 'Amazon EC2', 'prod', 'us-east-1', '100', '80', '120', '100', '10', 'Usage', { Team: 'payments' }],
  ['2026-01-20 00:00:00', 'Amazon EC2', 'dev', 'us-east-1', '50.50', '50.50', '60', '50.50', '5', 'Usage', { Team: 'search' }],
  ['2026-01-10 00:00:00', 'Amazon S3', 'prod', 'us-west-2', '10.25', '10.25', '10.25', '10.25', '100', 'Usage', { Team: 'payments' }],
  ['2026-01-31 23:00:00', 'Amazon RDS', 'prod', 'us-east-1', '200', '150', '250', '200', '1', 'Usage', null],
  ['2026-02-01 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '110', '90', '130', '110', '11', 'Usage', { Team: 'payments' }],
  ['2026-02-14 00:00:00', 'Amazon EC2', 'dev', 'us-east-1', '40', '40', '45', '40', '4', 'Usage', { Team: HOSTILE_TEAM }],
  ['2026-02-15 00:00:00', 'Amazon S3', 'dev', 'us-west-2', '5.005', '5.005', '5.005', '5.005', '50', 'Usage', { Team: 'search' }],
  ['2026-02-16 00:00:00', 'Amazon S3', 'dev', 'us-west-2', '5.005', '5.005', '5.005', '5.005', '50', 'Usage', { Team: 'search' }],
  ['2026-02-20 00:00:00', 'AWS Lambda', 'prod', 'us-east-1', '1.111', '1.111', '1.111', '1.111', '1000', 'Usage', { '': 'empty-key', 'Équipe ☃': 'naïve' }],
  ['2026-02-21 00:00:00', 'Amazon CloudWatch', 'prod', 'us-east-1', '0.005', '0.005', '0.005', '0.005', '1', 'Usage', { Team: '' }],
  ['2026-02-22 00:00:00', 'Amazon CloudWatch', 'dev', 'us-east-1', '0.005', '0.005', '0.005', '0.005', '1', 'Usage', { Team: 'payments' }],
  ['2026-03-02 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '120', '100', '140', '120', '12', 'Usage', { Team: 'payments' }],
  ['2026-03-03 00:00:00', 'Amazon EC2', 'prod', 'us-east-1', '-20', '-20', '0', '-20', '0', 'Credit', { Team: 'payments' }],
  ['2026-03-15 00:00:00', 'Amazon RDS', 'prod', 'us-east-1', '200', '160', '250', '200', '1', 'Usage', { 'Team"x': 'quo"te', Team: 'dba' }],
];

export async function insertLines(ws: Workspace, lines: readonly Line[]): Promise<void> {
  for (const [start, service, account, region, billed, effective, list, contracted, qty, category, tags] of lines) {
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ConsumedQuantity", "ChargeCategory", "Tags", "x_ImportId")
      VALUES (CAST(${start} AS TIMESTAMP), CAST(${start} AS TIMESTAMP) + INTERVAL 1 HOUR,
        date_trunc('month', CAST(${start} AS TIMESTAMP)), date_trunc('month', CAST(${start} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '111111111111', 'USD', ${ACCOUNTS[account]}, ${account}, ${service}, ${region},
        CAST(${billed} AS DECIMAL(38, 12)), CAST(${effective} AS DECIMAL(38, 12)), CAST(${list} AS DECIMAL(38, 12)),
        CAST(${contracted} AS DECIMAL(38, 12)), CAST(${qty} AS DECIMAL(38, 12)), ${category},
        CAST(CAST(${tags === null ? null : JSON.stringify(tags)} AS JSON) AS MAP(VARCHAR, VARCHAR)), 1)`);
  }
}

export interface TempWorkspace {
  ws: Workspace;
  path: string;
  dispose: () => void;
}

export async function tinyOrgWorkspace(): Promise<TempWorkspace> {
  const t = await openTestWorkspace();
  await insertLines(t.ws, TINY_ORG);
  return { ws: t.ws, path: t.ws.path, dispose: t.close };
}
