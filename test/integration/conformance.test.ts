// `validate`: FOCUS 1.2 conformance of the focus table. A hand-written conformant row passes every
// rule; each variant below changes it in one way that breaks exactly one named rule, and the
// report must name that rule, count 1 row and show it as a sample. The group rules get groups of
// rows built the same way.
import { spawnSync } from 'node:child_process';
import { join as join_path } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql, ident, join } from '../../core/sql/index.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

type Row = Record<string, string | number | null>;

/** One hour of an EC2 instance: 10 hours at a list price of 0.12, contracted 0.10. */
const BASE: Row = {
  x_ImportId: 1,
  x_LineItemId: 'line-1',
  ProviderName: 'AWS',
  PublisherName: 'AWS',
  InvoiceIssuerName: 'AWS',
  BillingAccountId: '111111111111',
  BillingAccountName: 'payer',
  BillingCurrency: 'USD',
  BillingPeriodStart: '2026-10-01 00:00:00',
  BillingPeriodEnd: '2026-11-01 00:00:00',
  ChargePeriodStart: '2026-10-05 00:00:00',
  ChargePeriodEnd: '2026-10-05 01:00:00',
  ChargeCategory: 'Usage',
  ChargeFrequency: 'Usage-Based',
  ChargeDescription: 'm5.large hours',
  PricingCategory: 'Standard',
  ServiceCategory: 'Compute',
  ServiceSubcategory: 'Virtual Machines',
  ServiceName: 'Amazon Elastic Compute Cloud',
  SubAccountId: '222222222222',
  SubAccountName: 'prod',
  RegionId: 'us-east-1',
  RegionName: 'US East (N. Virginia)',
  ResourceId: 'i-1',
  ResourceType: 'Instance',
  SkuId: 'SKU1',
  SkuPriceId: 'SKU1.PRICE1',
  PricingQuantity: 10,
  PricingUnit: 'Hours',
  ConsumedQuantity: 10,
  ConsumedUnit: 'Hours',
  ListUnitPrice: 0.12,
  ContractedUnitPrice: 0.1,
  ListCost: 1.2,
  ContractedCost: 1.0,
  BilledCost: 1.0,
  EffectiveCost: 1.0,
};

let t: TestWorkspace;
beforeAll(async () => {
  t = await openTestWorkspace();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.ws.db.run(sql`DELETE FROM focus`);
});

async function insert(...rows: Row[]): Promise<void> {
  for (const row of rows) {
    const cols = Object.keys(row);
    await t.ws.db.run(sql`INSERT INTO focus (${join(cols.map((c) => ident(c)))}) VALUES (${join(cols.map((c) => row[c] ?? null))})`);
  }
}

async function violated(): Promise<{ rule: string; count: number }[]> {
  const report = await t.api.validate({});
  return report.violations.map((v) => ({ rule: v.rule, count: v.count }));
}

describe('validate: FOCUS 1.2 conformance', () => {
  it('a conformant row passes every rule', async () => {
    await insert(BASE);
    const report = await t.api.validate({});
    expect(report.violations).toEqual([]);
    expect(report.conformant).toBe(true);
    expect(report.rows).toBe(1);
    expect(report.focusVersion).toBe('1.2');
  });

  const cases: [string, Row, string][] = [
    ['ListCost null', { ListCost: null }, 'listcost/not-null'],
    ['ContractedCost null', { ContractedCost: null }, 'contractedcost/not-null'],
    ['an unknown ChargeCategory', { ChargeCategory: 'Fee', ConsumedQuantity: null, ConsumedUnit: null }, 'chargecategory/allowed-values'],
    ['ChargeFrequency in the wrong case', { ChargeFrequency: 'Usage-based' }, 'chargefrequency/allowed-values'],
    ['a ChargeClass other than Correction', { ChargeClass: 'Refund' }, 'chargeclass/allowed-values'],
    ['a subcategory under the wrong category', { ServiceSubcategory: 'Relational Databases' }, 'servicesubcategory/allowed-values'],
    ['a currency that is not ISO 4217', { BillingCurrency: 'usd' }, 'billingcurrency/national-currency'],
    ['a charge that ends before it starts', { ChargePeriodEnd: '2026-10-04 00:00:00' }, 'chargeperiodend/after-start'],
    ['list price × quantity ≠ ListCost', { ListCost: 1.3 }, 'listcost/unit-price-times-quantity'],
    ['a negative contracted unit price', { ContractedUnitPrice: -0.1, ContractedCost: -1.0 }, 'contractedunitprice/non-negative'],
    ['a usage row without PricingCategory', { PricingCategory: null }, 'pricingcategory/not-null-on-usage-and-purchase'],
    ['PricingUnit without PricingQuantity', { ChargeCategory: 'Adjustment', PricingQuantity: null, ListUnitPrice: null, ContractedUnitPrice: null, ConsumedQuantity: null, ConsumedUnit: null }, 'pricingunit/null-when-pricingquantity-null'],
    ['an empty string for null', { ResourceType: '' }, 'resourcetype/no-empty-string'],
    ['RegionName without RegionId', { RegionId: null }, 'regionname/null-when-regionid-null'],
  ];

  it.each(cases)('finds %s', async (_what, change, rule) => {
    await insert(BASE, { ...BASE, x_LineItemId: 'line-2', ...change });
    expect(await violated()).toEqual([{ rule, count: 1 }]);
  });

  it('tax rows carry no pricing quantity, and credits carry the billed figure in every cost', async () => {
    const tax: Row = { ...BASE, x_LineItemId: 'tax', ChargeCategory: 'Tax', ChargeFrequency: 'Recurring', PricingCategory: null, PricingQuantity: 1, PricingUnit: 'Unit', ListUnitPrice: null, ContractedUnitPrice: null, SkuId: null, SkuPriceId: null, ConsumedQuantity: null, ConsumedUnit: null, ListCost: 0.1, ContractedCost: 0.1, BilledCost: 0.1, EffectiveCost: 0.1 };
    const credit: Row = { ...BASE, x_LineItemId: 'credit', ChargeCategory: 'Credit', ChargeFrequency: 'One-Time', PricingCategory: null, PricingQuantity: null, PricingUnit: null, ListUnitPrice: null, ContractedUnitPrice: null, ConsumedQuantity: null, ConsumedUnit: null, ListCost: -2.5, ContractedCost: -3, BilledCost: -2.5, EffectiveCost: -2.5 };
    await insert(BASE, tax, credit);
    expect(await violated()).toEqual([
      { rule: 'contractedcost/credit-matches-billed', count: 1 },
      { rule: 'pricingquantity/null-on-tax', count: 1 },
    ]);
  });

  it('credits: List and Contracted cost match BilledCost only where the credit has no unit price of that kind', async () => {
    const credit: Row = { ...BASE, x_LineItemId: 'credit', ChargeCategory: 'Credit', ChargeFrequency: 'One-Time', PricingCategory: null, PricingQuantity: -1, PricingUnit: 'Hours', ListUnitPrice: null, ContractedUnitPrice: 3, ConsumedQuantity: null, ConsumedUnit: null, ListCost: -2.5, ContractedCost: -3, BilledCost: -2.5, EffectiveCost: -2.5 };
    await insert(credit);
    expect(await violated()).toEqual([]);
    await insert({ ...credit, x_LineItemId: 'credit-2', ContractedUnitPrice: null });
    expect(await violated()).toEqual([{ rule: 'contractedcost/credit-matches-billed', count: 1 }]);
  });

  it('conditional columns are present or absent per dataset: one import of a provider, not the whole workspace', async () => {
    // A legacy CUR (no account names) beside the same provider's FOCUS export (with them).
    await insert({ ...BASE, x_ImportId: 1 }, { ...BASE, x_ImportId: 2, x_LineItemId: 'line-2', SubAccountName: null });
    expect(await violated()).toEqual([]);
    const report = await t.api.validate({});
    expect(report.absentColumns.find((a) => a.importId === 2)!.columns).toContain('SubAccountName');
    await insert({ ...BASE, x_ImportId: 2, x_LineItemId: 'line-3' });
    expect(await violated()).toEqual([{ rule: 'subaccountname/not-null-when-subaccountid-set', count: 1 }]);
  });

  it('a commitment: its purchase has no effective cost, unused commitment sits on a usage row, usage sums to the fee', async () => {
    // A $10/hour-equivalent recurring commitment for one billing period: the purchase row bills
    // $30; two used rows carry $12 + $8 of it and the unused $10 sits on its own Usage row.
    const commitment = { CommitmentDiscountId: 'sp-1', CommitmentDiscountCategory: 'Spend', CommitmentDiscountType: 'Compute Savings Plan', CommitmentDiscountQuantity: 0, CommitmentDiscountUnit: 'USD' };
    const purchase: Row = { ...BASE, ...commitment, x_LineItemId: 'fee', ChargeCategory: 'Purchase', ChargeFrequency: 'Recurring', PricingCategory: 'Standard', ConsumedQuantity: null, ConsumedUnit: null, ResourceId: null, ResourceType: null, CommitmentDiscountQuantity: 30, PricingQuantity: 30, ListUnitPrice: 1, ContractedUnitPrice: 1, ListCost: 30, ContractedCost: 30, BilledCost: 30, EffectiveCost: 0 };
    const used = (id: string, cost: number): Row => ({ ...BASE, ...commitment, x_LineItemId: id, PricingCategory: 'Committed', CommitmentDiscountStatus: 'Used', CommitmentDiscountQuantity: cost, BilledCost: 0, EffectiveCost: cost });
    const unused: Row = { ...BASE, ...commitment, x_LineItemId: 'unused', PricingCategory: 'Committed', CommitmentDiscountStatus: 'Unused', CommitmentDiscountQuantity: 10, ConsumedQuantity: null, ConsumedUnit: null, ResourceId: null, ResourceType: null, BilledCost: 0, EffectiveCost: 10 };
    await insert(purchase, used('u1', 12), used('u2', 8), unused);
    expect(await violated()).toEqual([]);

    // The same commitment the way issue 10 found it loaded: the unused part on the purchase row.
    await t.ws.db.run(sql`DELETE FROM focus`);
    await insert({ ...purchase, EffectiveCost: 10 }, used('u1', 12), used('u2', 8), { ...used('u3', 0), CommitmentDiscountStatus: null, EffectiveCost: 0 });
    // and its usage adds up to $20 where the period billed $30
    expect(await violated()).toEqual([
      { rule: 'commitmentdiscountstatus/not-null-on-usage', count: 1 },
      { rule: 'effectivecost/zero-on-commitment-purchase', count: 1 },
      { rule: 'effectivecost/commitment-usage-equals-purchase', count: 1 },
    ]);
  });

  it('group rules: one SkuId per SkuPriceId, one ServiceCategory per ServiceName', async () => {
    await insert(BASE, { ...BASE, x_LineItemId: 'line-2', SkuId: 'SKU2' }, { ...BASE, x_LineItemId: 'line-3', ServiceCategory: 'Storage', ServiceSubcategory: 'Object Storage' });
    const report = await t.api.validate({});
    expect(report.violations.map((v) => [v.rule, v.count, v.unit])).toEqual([
      ['skupriceid/one-parent-skuid', 1, 'SKU price'],
      ['servicename/one-service-category', 1, 'service'],
    ]);
    expect(report.violations[0]!.samples).toEqual([{ ProviderName: 'AWS', x_ImportId: 1, SkuPriceId: 'SKU1.PRICE1', SkuIds: ['SKU1', 'SKU2'] }]);
  });

  it('a conditional column a provider does not fill is absent for it, not a violation', async () => {
    // No row of this provider has CommitmentDiscountId or ServiceSubcategory: the rules on them skip it.
    await insert({ ...BASE, ServiceSubcategory: null, ProviderName: 'Other Cloud' });
    const report = await t.api.validate({});
    expect(report.violations).toEqual([]);
    expect(report.absentColumns[0]!.providerName).toBe('Other Cloud');
    expect(report.absentColumns[0]!.columns).toContain('ServiceSubcategory');
  });
});

describe('finops-workbench validate', () => {
  const BIN = join_path(import.meta.dirname, '..', '..', 'bin', 'finops-workbench.mjs');
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints the report, and exits 1 with a coded error line when a rule is broken', async () => {
    await insert(BASE, { ...BASE, x_LineItemId: 'line-2', ChargeFrequency: 'Usage-based' });
    const path = t.ws.path;
    t.ws.close();
    try {
      const json = cli('validate', '--db', path, '--json', '--samples', '1');
      expect(json.status).toBe(1);
      const doc = JSON.parse(json.stdout);
      expect(doc.violations).toEqual([
        expect.objectContaining({ rule: 'chargefrequency/allowed-values', spec: 'columns/chargefrequency.md', count: 1, unit: 'row', samples: [expect.objectContaining({ x_LineItemId: 'line-2', ChargeFrequency: 'Usage-based' })] }),
      ]);
      expect(json.stderr.trim().split('\n').at(-1)).toMatch(/^error: FOCUS_NONCONFORMANT: 1 FOCUS 1\.2 rule is broken/);

      const human = cli('validate', '--db', path);
      expect(human.status).toBe(1);
      expect(human.stdout).toBe('');
      expect(human.stderr).toContain('FOCUS 1.2 conformance: 2 rows');
      expect(human.stderr).toContain('✗ chargefrequency/allowed-values  (columns/chargefrequency.md): 1 row');
    } finally {
      t = await openTestWorkspace(t.dir);
    }
  });
});
