// What the ingest used to drop (issue 10, item 11): cost categories → x_CostCategories, the
// discount columns/map → x_Discounts, split cost allocation data → x_Split* columns on AWS's
// own pod rows. One month, hand-built (test/fixtures/cur/legacy-cost-categories-split.csv), in
// the three forms whose parsing differs (and CUR 2.0 as CSV, its maps as JSON text). Expected values worked out by hand:
// - instance i-0abc…1 (its ARN, as the parent of both pods): $1.04 gross, EDP −$0.104, net $0.936 (BilledCost = EffectiveCost);
// - 4 vCPU / 16 GB at AWS's 9:1 weights: $0.18 per vCPU-hour and $0.02 per GB-hour gross;
//   pod checkout (1 vCPU, 4 GB) splits 0.18 + 0.08, pod search (2 vCPU, 4 GB) 0.36 + 0.08;
//   unused 1 vCPU ($0.18) goes 1/3 : 2/3 → 0.06 / 0.12, unused 8 GB ($0.16) 1/2 : 1/2 → 0.08 / 0.08;
//   checkout 0.40, search 0.64: 1.04 gross; × 0.9 net: 0.36 + 0.576 = 0.936;
// - S3 $5.00 − $0.50 EDP, CloudWatch $2.00 − $0.20 bundled, tax $0.85: billed 8.086 in all.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_CSV, writeCostCategorySplitForms } from '../fixtures/cur/cost-categories-split-forms.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

const INSTANCE = 'arn:aws:ec2:us-east-1:222222222222:instance/i-0abc0000000000001';

/** The cost category keys as each form writes them: snake_case forms lose the name's case. */
const KEYS = {
  legacy: { center: 'CostCenter', env: 'Environment' },
  athenaParquet: { center: 'cost_center', env: 'environment' },
  cur2Parquet: { center: 'cost_center', env: 'environment' },
  cur2Csv: { center: 'cost_center', env: 'environment' },
} as const;

type Form = keyof typeof KEYS;

function expectedRows(form: Form) {
  const k = KEYS[form];
  const cats = (center: string, env: string) => ({ [k.center]: center, [k.env]: env });
  const none = { x_SplitParentResourceId: null, x_SplitCost: null, x_SplitUnusedCost: null, x_SplitNetCost: null, x_SplitNetUnusedCost: null, x_SplitUsageRatio: null };
  const pod = (split: number, unused: number, net: number, netUnused: number, ratio: number) => ({
    x_SplitParentResourceId: INSTANCE, x_SplitCost: split, x_SplitUnusedCost: unused, x_SplitNetCost: net, x_SplitNetUnusedCost: netUnused, x_SplitUsageRatio: ratio,
  });
  const podRow = (id: string, split: number, unused: number, net: number, netUnused: number, ratio: number) => ({
    x_LineItemId: id, BilledCost: 0, EffectiveCost: 0, x_CostCategories: cats('Platform', 'prod'), discountKeys: null, totalDiscount: null, ...pod(split, unused, net, netUnused, ratio),
  });
  return [
    { x_LineItemId: 'S01', BilledCost: 0.936, EffectiveCost: 0.936, x_CostCategories: cats('Platform', 'prod'), discountKeys: ['edp_discount', 'total_discount'], totalDiscount: -0.104, ...none },
    podRow('S02', 0.18, 0.06, 0.162, 0.054, 0.25),
    podRow('S03', 0.08, 0.08, 0.072, 0.072, 0.25),
    podRow('S04', 0.36, 0.12, 0.324, 0.108, 0.5),
    podRow('S05', 0.08, 0.08, 0.072, 0.072, 0.25),
    { x_LineItemId: 'S06', BilledCost: 4.5, EffectiveCost: 4.5, x_CostCategories: cats('Data', 'staging'), discountKeys: ['edp_discount', 'total_discount'], totalDiscount: -0.5, ...none },
    { x_LineItemId: 'S07', BilledCost: 1.8, EffectiveCost: 1.8, x_CostCategories: null, discountKeys: ['bundled_discount', 'total_discount'], totalDiscount: -0.2, ...none },
    { x_LineItemId: 'S08', BilledCost: 0.85, EffectiveCost: 0.85, x_CostCategories: null, discountKeys: null, totalDiscount: null, ...none },
  ];
}

const ROWS = `SELECT x_LineItemId, BilledCost, EffectiveCost, x_CostCategories,
    list_sort(map_keys(x_Discounts)) AS discountKeys, x_Discounts['total_discount'] AS totalDiscount,
    x_SplitParentResourceId, x_SplitCost, x_SplitUnusedCost, x_SplitNetCost, x_SplitNetUnusedCost, x_SplitUsageRatio
  FROM focus ORDER BY x_LineItemId`;

describe('cost categories, discounts and split cost allocation, in each CUR form', () => {
  let forms: Record<Form, string>;
  beforeAll(async () => {
    forms = { legacy: LEGACY_CSV, ...(await writeCostCategorySplitForms(tempDir())) };
  });

  for (const form of Object.keys(KEYS) as Form[]) {
    describe(form, () => {
      let t: TestWorkspace;
      beforeAll(async () => {
        t = await openTestWorkspace();
        await t.api.ingest({ paths: [forms[form]] });
      });
      afterAll(() => t.close());

      it('carries cost categories, discounts and split fields on each row', async () => {
        expect(await query(t.api, ROWS)).toEqual(expectedRows(form));
      });

      it("the pods' split + unused cost equals the parent instance's cost, gross and net, exactly", async () => {
        const [r] = await query(
          t.api,
          `SELECT (SELECT sum(x_SplitCost + x_SplitUnusedCost) FROM focus WHERE x_SplitParentResourceId = '${INSTANCE}') AS podsGross,
                  (SELECT sum(x_SplitNetCost + x_SplitNetUnusedCost) FROM focus WHERE x_SplitParentResourceId = '${INSTANCE}') AS podsNet,
                  (SELECT sum(x_UnblendedCost) FROM focus WHERE ResourceId = '${INSTANCE}') AS instanceGross,
                  (SELECT sum(EffectiveCost) FROM focus WHERE ResourceId = '${INSTANCE}') AS instanceEffective`,
        );
        expect(r).toEqual({ podsGross: 1.04, podsNet: 0.936, instanceGross: 1.04, instanceEffective: 0.936 });
      });

      it('the focus cost columns still sum to the bill (the pods add nothing), and discounts reconcile gross to net', async () => {
        const [r] = await query(
          t.api,
          `SELECT sum(BilledCost) AS billed, sum(EffectiveCost) AS effective, sum(x_UnblendedCost) AS gross,
                  sum(x_Discounts['total_discount']) AS discounts, count(*) AS lines FROM focus`,
        );
        expect(r).toEqual({ billed: 8.086, effective: 8.086, gross: 8.89, discounts: -0.804, lines: 8 });
      });

      it('validate: no FOCUS 1.2 violation', async () => {
        const report = await t.api.validate({});
        expect(report.violations).toEqual([]);
      });
    });
  }

  it('a namespace split reconciles to the instance: checkout 0.36 + search 0.576 = 0.936 net', async () => {
    const t = await openTestWorkspace();
    try {
      await t.api.ingest({ paths: [forms.legacy] });
      const rows = await query(
        t.api,
        `SELECT Tags['aws:eks:namespace'] AS namespace, sum(x_SplitNetCost + x_SplitNetUnusedCost) AS net, sum(x_SplitCost + x_SplitUnusedCost) AS gross
          FROM focus WHERE x_SplitParentResourceId IS NOT NULL GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual([
        { namespace: 'checkout', net: 0.36, gross: 0.4 },
        { namespace: 'search', net: 0.576, gross: 0.64 },
      ]);
    } finally {
      t.close();
    }
  });
});

describe('a bad amount in a discount column', () => {
  it('is named by line and column, and nothing loads', async () => {
    const t = await openTestWorkspace();
    try {
      const bad = join(t.dir, 'bad-discount.csv');
      // S06's EDP discount typed with a letter O: line 7 of the file (the header is line 1)
      writeFileSync(bad, readFileSync(LEGACY_CSV, 'utf8').replace(',-0.50,,-0.50,', ',-0.5O,,-0.50,'));
      await expect(t.api.ingest({ paths: [bad] })).rejects.toMatchObject({
        code: 'INGEST_BAD_VALUE',
        message: expect.stringMatching(/line 7, column discount\/EdpDiscount: "-0\.5O" is not a number/),
      });
      expect(await query(t.api, 'SELECT count(*) AS n FROM focus')).toEqual([{ n: 0 }]);
    } finally {
      t.close();
    }
  });
});

describe('FOCUS exports that carry x_CostCategories and x_Discounts (AWS FOCUS export)', () => {
  const HEADER = 'BilledCost,EffectiveCost,ListCost,ContractedCost,BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargePeriodStart,ChargePeriodEnd,ProviderName,PublisherName,InvoiceIssuerName,ServiceName,ServiceCategory,PricingQuantity,PricingUnit,ListUnitPrice,ContractedUnitPrice,ChargeFrequency,x_CostCategories,x_Discounts';
  const ROW = '9.00,9.00,10.00,9.00,111111111111,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,2026-10-05T00:00:00Z,2026-10-06T00:00:00Z,AWS,AWS,AWS,Amazon Elastic Compute Cloud,Compute,10,Hours,1.00,0.90,Usage-Based,"{""CostCenter"": ""Platform"", ""Environment"": ""prod""}","{""edp_discount"": -1.0, ""total_discount"": -1.0}"';

  it('keeps them as maps, from CSV (JSON text) and from Parquet (maps)', async () => {
    const t = await openTestWorkspace();
    try {
      const csv = join(t.dir, 'aws-focus.csv');
      writeFileSync(csv, `${HEADER}\n${ROW}\n`);
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      const parquet = join(t.dir, 'aws-focus.parquet');
      await c.run(`COPY (SELECT 4.5::DOUBLE AS BilledCost, 4.5::DOUBLE AS EffectiveCost, 5::DOUBLE AS ListCost, 4.5::DOUBLE AS ContractedCost, '111111111111' AS BillingAccountId, 'USD' AS BillingCurrency,
          TIMESTAMP '2026-09-01' AS BillingPeriodStart, TIMESTAMP '2026-10-01' AS BillingPeriodEnd, 'Usage' AS ChargeCategory, TIMESTAMP '2026-09-05' AS ChargePeriodStart,
          TIMESTAMP '2026-09-06' AS ChargePeriodEnd, 'AWS' AS ProviderName, 'AWS' AS PublisherName, 'AWS' AS InvoiceIssuerName, 'Amazon Simple Storage Service' AS ServiceName, 'Storage' AS ServiceCategory,
          200::DOUBLE AS PricingQuantity, 'GB-Months' AS PricingUnit, 0.025::DOUBLE AS ListUnitPrice, 0.0225::DOUBLE AS ContractedUnitPrice, 'Usage-Based' AS ChargeFrequency,
          MAP {'CostCenter': 'Data'} AS x_CostCategories, MAP {'edp_discount': -0.5::DOUBLE, 'total_discount': -0.5::DOUBLE} AS x_Discounts) TO '${parquet}' (FORMAT parquet)`);
      c.closeSync();
      db.closeSync();
      await t.api.ingest({ paths: [csv, parquet] });
      const rows = await query(t.api, `SELECT BilledCost, x_CostCategories, x_Discounts['edp_discount'] AS edp, x_Discounts['total_discount'] AS total FROM focus ORDER BY BilledCost`);
      expect(rows).toEqual([
        { BilledCost: 4.5, x_CostCategories: { CostCenter: 'Data' }, edp: -0.5, total: -0.5 },
        { BilledCost: 9, x_CostCategories: { CostCenter: 'Platform', Environment: 'prod' }, edp: -1, total: -1 },
      ]);
      expect((await t.api.validate({})).violations).toEqual([]);
    } finally {
      t.close();
    }
  });
});
