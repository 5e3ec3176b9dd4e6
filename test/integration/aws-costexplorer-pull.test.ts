// Cost Explorer pulls with the real SDK client against the local AWS server: daily rows grouped
// by two keys over every page, totals by hand (cost-rows.ts), net figures as the CUR mapping
// takes them, account names, ChargeCategory from RECORD_TYPE, ListCost as FOCUS wants it without
// list prices; throttling retried; the request budget asks above 20 requests and changes
// nothing; the SDK's endpoint variable and profiles from the shared credentials file are honoured.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COST_ROWS, COST_TOTALS, RECORD_TYPE_ROWS, RECORD_TYPE_TOTALS, USAGE_TYPE_ROWS } from '../support/aws/cost-rows.ts';
import { startPullServer, totalsByAccountAndService, workspaceState } from '../support/aws/pull-fixture.ts';
import type { AwsServer } from '../support/aws/server.ts';
import type { CostRow } from '../support/aws/cost-explorer.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

let server: AwsServer;
let restore: () => Promise<void>;
let home: string;
let t: TestWorkspace;

const pull = (extra: Record<string, unknown> = {}) => ({ endpointUrl: server.url, from: '2026-09-01', to: '2026-11-01', groupBy: ['SERVICE', 'LINKED_ACCOUNT'], billingAccountId: '111111111111', ...extra });
/** A pull while the server holds other rows than COST_ROWS. */
async function pullOf(rows: CostRow[], extra: Record<string, unknown>) {
  server.costExplorer.rows = rows;
  try {
    return await t.api.costExplorerPull(pull(extra));
  } finally {
    server.costExplorer.rows = COST_ROWS;
  }
}

beforeAll(async () => {
  home = tempDir('fw-ce-home-');
  ({ server, restore } = await startPullServer(home));
  // Written before any client starts: the SDK reads the shared files once per process.
  writeFileSync(join(home, 'aws-credentials'), '[analyst]\naws_access_key_id = AKIDANALYST\naws_secret_access_key = analyst-secret\n');
  server.costExplorer.rows = COST_ROWS;
  t = await openTestWorkspace();
});
beforeEach(() => {
  server.costExplorer.daysPerPage = 10;
});
afterAll(async () => {
  t.close();
  await restore();
});

describe('costexplorer pull', () => {
  it('loads every page of daily rows by service and account, and counts its requests', async () => {
    server.failNext('costexplorer', 'GetCostAndUsage', { kind: 'throttle' });
    const before = server.calls('costexplorer').length;
    const r = await t.api.costExplorerPull(pull());
    // September: 30 days in pages of 10 = 3 requests; October: 31 days = 4.
    expect(r).toMatchObject({ billingPeriods: ['2026-09', '2026-10'], requestsEstimated: 2, requests: 7, costUsd: 0.07 });
    expect(server.calls('costexplorer').length - before).toBe(8); // one throttled, retried
    expect(server.costExplorer.received.at(-1)).toMatchObject({ Granularity: 'DAILY', Metrics: ['UnblendedCost', 'NetUnblendedCost', 'AmortizedCost', 'NetAmortizedCost'] });
    expect(await totalsByAccountAndService(t.api)).toEqual(COST_TOTALS);
    const rows = await query(t.api, `SELECT BillingAccountId AS b, SubAccountName AS name, strftime(ChargePeriodStart, '%Y-%m-%d') AS day, strftime(ChargePeriodEnd, '%Y-%m-%d') AS next, ResourceId AS r,
        ChargeCategory AS cat, BilledCost::VARCHAR AS billed, ListCost::VARCHAR AS list, ContractedCost::VARCHAR AS contracted, x_UnblendedCost::VARCHAR AS u, x_NetUnblendedCost::VARCHAR AS nu
      FROM focus WHERE ServiceName LIKE 'Amazon Elastic%' ORDER BY day`);
    // Not grouped by RECORD_TYPE: Usage, the documented default. No list prices in Cost Explorer:
    // ListCost is the billed cost, as FOCUS requires of a charge with no list unit price.
    expect(rows[0]).toEqual({ b: '111111111111', name: 'Workloads', day: '2026-09-01', next: '2026-09-02', r: null, cat: 'Usage', billed: '10.000000000000', list: '10.000000000000', contracted: '10.000000000000', u: '10.500000000000', nu: '10.000000000000' });
    expect(await query(t.api, `SELECT source, path, billing_periods AS periods FROM imports`)).toEqual([
      { source: 'costexplorer', path: 'costexplorer://111111111111?from=2026-09-01&to=2026-11-01&groupBy=SERVICE,LINKED_ACCOUNT', periods: ['2026-09', '2026-10'] },
    ]);
  });

  it('groups by a tag: the tag lands in Tags', async () => {
    const r = await t.api.costExplorerPull(pull({ from: '2026-09-01', to: '2026-10-01', groupBy: ['SERVICE', 'TAG:Team'] }));
    expect(r.ingest.rowsLoaded).toBe(3);
    expect(await query(t.api, `SELECT Tags['Team'] AS team, sum(BilledCost)::VARCHAR AS billed FROM focus WHERE BillingPeriodStart = '2026-09-01' GROUP BY 1 ORDER BY 1 NULLS LAST`)).toEqual([
      { team: 'payments', billed: '10.000000000000' },
      { team: 'search', billed: '4.500000000000' },
      { team: null, billed: '0.000001000000' },
    ]);
  });

  it('grouped by RECORD_TYPE: each row gets its ChargeCategory (a refund is a correction), the totals by hand', async () => {
    expect((await pullOf(RECORD_TYPE_ROWS, { from: '2026-10-01', to: '2026-11-01', groupBy: ['RECORD_TYPE', 'SERVICE'] })).ingest.rowsLoaded).toBe(8);
    expect(await query(t.api, `SELECT ChargeCategory AS category, sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective, sum(ListCost)::VARCHAR AS list
      FROM focus WHERE BillingPeriodStart = '2026-10-01' GROUP BY 1 ORDER BY 1`)).toEqual(RECORD_TYPE_TOTALS);
    expect(await query(t.api, `SELECT x_LineItemType AS type, ChargeClass AS class FROM focus WHERE ChargeClass IS NOT NULL`)).toEqual([{ type: 'Refund', class: 'Correction' }]);
    // The rows are marked by their import: source costexplorer, one day each, no resource.
    const [mark] = await query(t.api, `SELECT i.source, count(*) AS n, count(f.ResourceId) AS resources, max(f.ChargePeriodEnd - f.ChargePeriodStart)::VARCHAR AS span
      FROM focus f JOIN imports i ON i.id = f.x_ImportId WHERE f.BillingPeriodStart = '2026-10-01' GROUP BY 1`);
    expect(mark).toEqual({ source: 'costexplorer', n: 8, resources: 0, span: '1 day' });
  });

  it('ServiceCategory from the product code table; grouped by USAGE_TYPE, PricingQuantity and PricingUnit from UsageQuantity', async () => {
    expect((await pullOf(USAGE_TYPE_ROWS, { from: '2026-10-01', to: '2026-11-01', groupBy: ['SERVICE', 'USAGE_TYPE'] })).ingest.rowsLoaded).toBe(4);
    expect(server.costExplorer.received.at(-1)).toMatchObject({ Metrics: ['UnblendedCost', 'NetUnblendedCost', 'AmortizedCost', 'NetAmortizedCost', 'UsageQuantity'] });
    // the two m5.large rows are one group: 25 + 10 hours; tax has no quantity (Cost Explorer's unit N/A), and FOCUS wants none
    expect(await query(t.api, `SELECT ServiceName AS service, ServiceCategory AS category, PricingQuantity::DOUBLE AS quantity, PricingUnit AS unit, BilledCost::VARCHAR AS billed
      FROM focus WHERE BillingPeriodStart = '2026-10-01' ORDER BY 1`)).toEqual([
      { service: 'Amazon Elastic Compute Cloud - Compute', category: 'Compute', quantity: 35, unit: 'Hrs', billed: '3.360000000000' },
      { service: 'Amazon Simple Storage Service', category: 'Storage', quantity: 1, unit: 'GB-Mo', billed: '0.023000000000' },
      { service: 'Savings Plans for AWS Compute usage', category: 'Compute', quantity: 24, unit: 'Hrs', billed: '3.000000000000' },
      { service: 'Tax', category: 'Other', quantity: null, unit: null, billed: '0.500000000000' },
    ]);
    // every pull of this file grouped by SERVICE: no row lacks its category any more
    const report = await t.api.validate({ samples: 1 });
    expect(report.violations.map((v) => v.rule)).not.toContain('servicecategory/not-null');
  });

  it('above 20 requests it asks first, and changes nothing without --yes', async () => {
    const before = await workspaceState(t.api);
    const calls = server.calls('costexplorer').length;
    await expect(t.api.costExplorerPull(pull({ from: '2025-01-01', to: '2026-10-01' }))).rejects.toMatchObject({ code: 'COSTEXPLORER_CONFIRM', details: { requestsEstimated: 21 } });
    expect(server.calls('costexplorer').length).toBe(calls);
    server.costExplorer.daysPerPage = 1; // September now takes 30 requests
    await expect(t.api.costExplorerPull(pull({ to: '2026-10-01' }))).rejects.toMatchObject({ code: 'COSTEXPLORER_CONFIRM', details: { requests: 20 } });
    expect(server.calls('costexplorer').length - calls).toBe(20);
    expect(await workspaceState(t.api)).toEqual(before);
    const r = await t.api.costExplorerPull(pull({ to: '2026-10-01', confirm: true }));
    expect(r.requests).toBe(30);
  });

  it('refuses partial months, which would drop the rest of a period', async () => {
    await expect(t.api.costExplorerPull(pull({ from: '2026-09-15' }))).rejects.toMatchObject({ code: 'COSTEXPLORER_BAD_RANGE' });
  });

  it('refuses a billing account that is not a 12-digit AWS account id, before any request', async () => {
    const calls = server.calls('costexplorer').length;
    await expect(t.api.costExplorerPull(pull({ billingAccountId: '1111-1111-1111' }))).rejects.toMatchObject({ code: 'COSTEXPLORER_BAD_ACCOUNT', message: expect.stringContaining('payer (management) account') });
    expect(server.calls('costexplorer').length).toBe(calls);
  });

  it('honours AWS_ENDPOINT_URL and a profile from the shared credentials file', async () => {
    process.env.AWS_ENDPOINT_URL = server.url;
    try {
      await t.api.costExplorerPull({ from: '2026-10-01', to: '2026-11-01', billingAccountId: '111111111111', profile: 'analyst' });
    } finally {
      delete process.env.AWS_ENDPOINT_URL;
    }
    expect(server.calls('costexplorer').at(-1)).toMatchObject({ accessKeyId: 'AKIDANALYST', region: 'us-east-1' });
    expect(await t.api.awsProfiles({})).toEqual({ profiles: ['analyst'] });
  });
});
