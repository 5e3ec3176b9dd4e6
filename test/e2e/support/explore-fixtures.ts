// Workspaces for the Explore e2e: tiny-org (14 hand-written line items whose sums are written by
// hand in the tests, shared with the pivot integration tests) and a cell of many generated lines
// whose values are known by construction (line i costs i cents), for scrolling a drill-down.
import { rebuildPivotAggregates } from '../../../core/engines/pivot/aggregates.ts';
import { sql } from '../../../core/sql/index.ts';
import { Workspace } from '../../../core/store/workspace.ts';
import { insertLines, TINY_ORG } from '../../integration/pivot-fixture.ts';

export async function tinyOrg(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, TINY_ORG);
  } finally {
    ws.close();
  }
}

/** tiny-org plus `n` EC2 lines in prod on 2026-01-15, line i with EffectiveCost i/100 and ResourceId i-<i, 7 digits>. */
export async function tinyOrgWithManyLines(path: string, n: number): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, TINY_ORG);
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ConsumedQuantity", "ChargeCategory", "ResourceId", "x_ImportId")
      SELECT TIMESTAMP '2026-01-15 00:00:00', TIMESTAMP '2026-01-15 01:00:00', TIMESTAMP '2026-01-01', TIMESTAMP '2026-02-01',
        'AWS', '111111111111', 'USD', '222222222222', 'prod', 'Amazon EC2', 'us-east-1',
        CAST(i AS DECIMAL(38, 12)) / 100, CAST(i AS DECIMAL(38, 12)) / 100, CAST(i AS DECIMAL(38, 12)) / 100, CAST(i AS DECIMAL(38, 12)) / 100,
        1, 'Usage', 'i-' || lpad(CAST(i AS VARCHAR), 7, '0'), 2
      FROM range(1, ${n + 1}) AS t(i)`);
    // as an ingest leaves it: the pivot's daily aggregate equal to focus (else the first pivot in
    // the test rebuilds it over all the lines, half a minute on a busy machine, inside an expect)
    await ws.db.transaction(() => rebuildPivotAggregates(ws.db));
  } finally {
    ws.close();
  }
}

/** A long ARN, as AWS writes resource ids of some services: longer than any column should be. */
export const LONG_RESOURCE_ID = 'arn:aws:ec2:us-east-1:222222222222:instance/i-0123456789abcdef0/with-a-very-long-suffix-that-goes-on-and-on';

/** tiny-org plus one EC2 line in prod on 2026-01-07: 24 hours at $0.0104 an hour = $0.2496, with a long ARN. */
export async function tinyOrgWithHourlyLine(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertLines(ws, TINY_ORG);
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ListUnitPrice", "ContractedUnitPrice", "ConsumedQuantity", "ConsumedUnit",
        "ChargeCategory", "ResourceId", "x_ImportId")
      VALUES (TIMESTAMP '2026-01-07 00:00:00', TIMESTAMP '2026-01-08 00:00:00', TIMESTAMP '2026-01-01', TIMESTAMP '2026-02-01',
        'AWS', '111111111111', 'USD', '222222222222', 'prod', 'Amazon EC2', 'us-east-1',
        0.2496, 0.2496, 0.2496, 0.2496, 0.0104, 0.0104, 24, 'Hours', 'Usage', ${LONG_RESOURCE_ID}, 2)`);
  } finally {
    ws.close();
  }
}
