// Workspaces for the Forecast e2e: a generated organisation with seven months of daily history
// (trend, weekly pattern, fees on the 1st, level shifts; core/synth) loaded through the normal
// ingest, and ten hand-written days for the short-history case: day i of 1-10 March 2026 costs
// $100 + i - 1 (EC2, prod), so the naive projection (the mean of the last 7 days) is $106 a day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../../../core/api/service.ts';
import { sql } from '../../../core/sql/index.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { generate } from '../../../core/synth/generate.ts';

export const GENERATED_MONTHS = 7;
export const GENERATED_START = '2026-01';

export async function generatedOrg(path: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-e2e-gen-'));
  try {
    const gen = await generate({ out: dir, months: GENERATED_MONTHS, scale: 3000, grain: 'daily', seed: 7, format: 'focus-csv', metrics: false, start: GENERATED_START });
    const ws = await Workspace.open(path);
    try {
      await createWorkbench(ws).ingest({ paths: [gen.billingDir] });
    } finally {
      ws.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function tenDays(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ConsumedQuantity", "ChargeCategory", "ChargeFrequency", "x_ImportId")
      SELECT TIMESTAMP '2026-03-01 00:00:00' + to_days(CAST(i AS INTEGER)), TIMESTAMP '2026-03-02 00:00:00' + to_days(CAST(i AS INTEGER)), TIMESTAMP '2026-03-01', TIMESTAMP '2026-04-01',
        'AWS', '111111111111', 'USD', '222222222222', 'prod', 'Amazon EC2', 'us-east-1',
        100 + i, 100 + i, 100 + i, 100 + i, 1, 'Usage', 'Usage-Based', 1
      FROM range(0, 10) AS t(i)`);
  } finally {
    ws.close();
  }
}
