// FOCUS 1.2 exports from other providers load by column name, as CSV and as Parquet, with the
// literal NULL as null, times with offsets converted to UTC, and Tags JSON as a map; what FOCUS 1.2
// determines from a row's own columns is filled (a credit's ListCost is its BilledCost), and the
// loaded rows pass `validate`.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformant } from '../support/expect-conformant.ts';
import { write } from '../support/files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';

const HEADER = 'BilledCost,EffectiveCost,ListCost,ContractedCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,ChargePeriodEnd,ProviderName,PublisherName,InvoiceIssuerName,InvoiceId,ServiceName,ServiceCategory,SubAccountId,RegionId,ResourceId,PricingQuantity,PricingUnit,Tags,x_SkuDescription';
const ROWS = [
  '12.50,11.25,14.00,12.50,ba-azure,Contoso,EUR,2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,Usage,2026-03-02T00:00:00+01:00,2026-03-03T00:00:00+01:00,Microsoft,Microsoft,Microsoft,INV-1,Virtual Machines,Compute,sub-1,westeurope,/subscriptions/1/vm/web01,10,Hours,"{""team"": ""web"", ""env"": ""prod""}",D2s v5',
  '-1.25,-1.25,NULL,NULL,ba-azure,Contoso,EUR,2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,Credit,2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,Microsoft,Microsoft,Microsoft,INV-1,Virtual Machines,Compute,sub-1,NULL,NULL,NULL,NULL,NULL,NULL',
];

describe('FOCUS 1.2 exports', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
  });
  afterAll(() => t.close());

  it('loads a FOCUS 1.2 CSV: NULL is null, offsets become UTC, Tags become a map', async () => {
    const f = write(join(t.dir, 'azure-focus.csv'), `${HEADER}\n${ROWS.join('\n')}\n`);
    const r = await t.api.ingest({ paths: [f] });
    expect(r.files[0]).toMatchObject({ format: 'focus-1.2-csv', rows: 2, billingPeriods: ['2026-03'] });
    const rows = await query(t.api, `SELECT BilledCost, EffectiveCost, ListCost, ContractedCost, ChargePeriodStart, RegionId, RegionName, Tags, BillingCurrency FROM focus ORDER BY BilledCost DESC`);
    expect(rows).toEqual([
      // a region the file identifies but does not name is named by its id
      { BilledCost: 12.5, EffectiveCost: 11.25, ListCost: 14, ContractedCost: 12.5, ChargePeriodStart: '2026-03-01T23:00:00Z', RegionId: 'westeurope', RegionName: 'westeurope', Tags: { team: 'web', env: 'prod' }, BillingCurrency: 'EUR' },
      // a credit without prices: its List and Contracted cost are its billed figure (FOCUS: never null, MUST match BilledCost)
      { BilledCost: -1.25, EffectiveCost: -1.25, ListCost: -1.25, ContractedCost: -1.25, ChargePeriodStart: '2026-03-01T00:00:00Z', RegionId: null, RegionName: null, Tags: null, BillingCurrency: 'EUR' },
    ]);
    await expectConformant(t.api);
  });

  it('loads a FOCUS Parquet with typed columns and a MAP of tags', async () => {
    const other = await openTestWorkspace();
    try {
      const f = join(other.dir, 'gcp-focus.parquet');
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      await c.run(`COPY (SELECT 3.3::DOUBLE AS BilledCost, 3.1::DECIMAL(18, 6) AS EffectiveCost, 'gcp-billing-1' AS BillingAccountId, 'USD' AS BillingCurrency,
          TIMESTAMPTZ '2026-02-01 00:00:00+00' AS BillingPeriodStart, TIMESTAMPTZ '2026-03-01 00:00:00+00' AS BillingPeriodEnd, 'Usage' AS ChargeCategory,
          TIMESTAMPTZ '2026-02-10 00:00:00+00' AS ChargePeriodStart, TIMESTAMPTZ '2026-02-11 00:00:00+00' AS ChargePeriodEnd,
          'Google Cloud' AS ProviderName, 'Google Cloud' AS PublisherName, 'Google Cloud' AS InvoiceIssuerName, 'Compute Engine' AS ServiceName, 'Compute' AS ServiceCategory,
          24::DECIMAL(18, 6) AS PricingQuantity, 'Hours' AS PricingUnit,
          MAP {'team': 'data'} AS Tags, 'ext' AS InvoiceId) TO '${f}' (FORMAT parquet)`);
      c.closeSync();
      db.closeSync();
      const r = await other.api.ingest({ paths: [f] });
      expect(r.files[0]).toMatchObject({ format: 'focus-1.2-parquet', rows: 1, billingPeriods: ['2026-02'] });
      expect(await query(other.api, `SELECT BilledCost::VARCHAR AS b, EffectiveCost::VARCHAR AS e, ChargePeriodStart, Tags, ProviderName FROM focus`)).toEqual([
        { b: '3.300000000000', e: '3.100000000000', ChargePeriodStart: '2026-02-10T00:00:00Z', Tags: { team: 'data' }, ProviderName: 'Google Cloud' },
      ]);
      await expectConformant(other.api);
    } finally {
      other.close();
    }
  });

  it('names the line of Tags that are not JSON', async () => {
    const bad = ROWS[0]!.replace('"{""team"": ""web"", ""env"": ""prod""}"', 'team=web');
    const f = write(join(t.dir, 'bad-tags.csv'), `${HEADER}\n${ROWS[1]}\n${bad}\n`);
    await expect(t.api.ingest({ paths: [f] })).rejects.toMatchObject({
      code: 'INGEST_BAD_VALUE',
      message: expect.stringContaining('bad-tags.csv, line 3, column Tags: "team=web" is not a JSON object'),
    });
  });
});
