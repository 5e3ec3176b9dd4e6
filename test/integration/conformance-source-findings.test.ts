// `validate` tells the workbench's errors from a provider's: a rule broken on rows whose every
// column it reads a FOCUS file delivered as it is, is a source finding (the figures are the
// provider's, the workbench never rewrites them); a rule broken where the workbench mapped, filled
// or derived a column it reads is a violation. The same broken figure, a negative list price, is
// loaded from a FOCUS file (a finding) and through the CUR mapping, legacy CSV and CUR 2.0 (a
// violation). Every expected number is read off the hand-written files below.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../core/sql/index.ts';
import { cli } from '../support/cli.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import { write } from '../support/files.ts';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const FOCUS_HEADER =
  'BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeFrequency,' +
  'BilledCost,EffectiveCost,ListCost,ListUnitPrice,ContractedCost,PricingQuantity,PricingUnit,ProviderName,PublisherName,InvoiceIssuerName,ServiceName,ServiceCategory';
const PERIOD = '111111111111,USD,2025-11-01T00:00:00Z,2025-12-01T00:00:00Z';
const AWS = 'AWS,AWS,"Amazon Web Services, Inc."';

/**
 * F1: an hour of m5.large whose list price the file gives as -0.096 (list cost -0.096 = -0.096 × 1).
 * F2: an EBS volume hour, conformant, but the file puts EC2 in Storage here and in Compute on F1.
 */
const FOCUS_OWN_ERRORS = [
  FOCUS_HEADER,
  `${PERIOD},2025-11-03T00:00:00Z,2025-11-03T01:00:00Z,Usage,Usage-Based,0.096,0.096,-0.096,-0.096,0.096,1,Hours,${AWS},Amazon Elastic Compute Cloud,Compute`,
  `${PERIOD},2025-11-03T00:00:00Z,2025-11-03T01:00:00Z,Usage,Usage-Based,0.011,0.011,0.011,0.011,0.011,1,GB-Hours,${AWS},Amazon Elastic Compute Cloud,Storage`,
].join('\n');

/**
 * A credit of -4 whose ListCost the file gives as -5, without prices or ContractedCost. ListCost is
 * the file's error; ContractedCost, which FOCUS says defaults to ListCost, is the workbench's -5.
 */
const FOCUS_CREDIT = [
  FOCUS_HEADER,
  `${PERIOD},2025-11-10T00:00:00Z,2025-11-11T00:00:00Z,Credit,One-Time,-4,-4,-5,,,,,${AWS},Amazon Elastic Compute Cloud,Compute`,
].join('\n');

/** The F1 hour as a legacy CUR line: AWS's public on-demand rate written as -0.096. */
const CUR_NEGATIVE_RATE = [
  'identity/LineItemId,bill/BillType,bill/PayerAccountId,bill/BillingPeriodStartDate,bill/BillingPeriodEndDate,bill/InvoicingEntity,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/ProductCode,lineItem/UsageType,lineItem/Operation,lineItem/ResourceId,lineItem/UsageAmount,lineItem/CurrencyCode,lineItem/UnblendedRate,lineItem/UnblendedCost,lineItem/LineItemDescription,lineItem/LegalEntity,product/ProductName,product/region,product/instanceType,pricing/publicOnDemandRate,pricing/publicOnDemandCost,pricing/unit,pricing/term',
  'N01,Anniversary,111111111111,2025-11-01T00:00:00Z,2025-12-01T00:00:00Z,"Amazon Web Services, Inc.",222222222222,Usage,2025-11-03T00:00:00Z,2025-11-03T01:00:00Z,AmazonEC2,BoxUsage:m5.large,RunInstances,arn:aws:ec2:us-east-1:222222222222:instance/i-0aaa,1,USD,0.096,0.096,$0.096 per On Demand Linux m5.large Instance Hour,"Amazon Web Services, Inc.",Amazon Elastic Compute Cloud,us-east-1,m5.large,-0.096,-0.096,Hrs,OnDemand',
].join('\n');

const ruleCounts = (list: { rule: string; count: number }[]) => list.map((v) => [v.rule, v.count]);

describe('validate: source findings and violations', () => {
  let t: TestWorkspace;
  afterEach(() => t.close());

  it("a FOCUS file's own figures that break rules are source findings: conformant, with the file named", async () => {
    t = await openTestWorkspace();
    const path = write(join(t.dir, 'focus-own-errors.csv'), FOCUS_OWN_ERRORS);
    const { files } = await t.api.ingest({ paths: [path] });
    const report = await t.api.validate({ samples: 1 });
    expect(report.violations).toEqual([]);
    expect(report.conformant).toBe(true);
    expect(ruleCounts(report.sourceFindings)).toEqual([
      ['listunitprice/non-negative', 1],
      ['servicename/one-service-category', 1],
    ]);
    const [price, service] = report.sourceFindings;
    expect(price).toMatchObject({ spec: 'columns/listunitprice.md', unit: 'row', imports: [{ importId: files[0]!.importId, path, format: 'focus-1.0-csv', count: 1 }] });
    expect(price!.samples).toEqual([expect.objectContaining({ ChargeCategory: 'Usage', ListUnitPrice: -0.096, x_FocusFilledColumns: null })]);
    expect(service).toMatchObject({ unit: 'service', imports: [{ importId: files[0]!.importId, path, count: 1 }] });
    expect(service!.samples).toEqual([{ ProviderName: 'AWS', x_ImportId: files[0]!.importId, ServiceName: 'Amazon Elastic Compute Cloud', ServiceCategories: ['Compute', 'Storage'] }]);
  });

  it('the same negative list price through the CUR mapping, legacy CSV and CUR 2.0, is a violation', async () => {
    t = await openTestWorkspace();
    const legacy = write(join(t.dir, 'legacy-negative-rate.csv'), CUR_NEGATIVE_RATE);
    const { cur2Parquet } = await writeCurForms(legacy, t.dir);
    for (const [file, month] of [[legacy, '2025-11'], [cur2Parquet, '2025-11']] as const) {
      const w = await openTestWorkspace();
      try {
        await w.api.ingest({ paths: [file] });
        const report = await w.api.validate({ samples: 1 });
        expect(ruleCounts(report.violations), file).toEqual([['listunitprice/non-negative', 1]]);
        expect(report.violations[0]!.samples[0]).toMatchObject({ ListUnitPrice: -0.096, BillingPeriodStart: `${month}-01T00:00:00Z` });
        expect(report.sourceFindings).toEqual([]);
        expect(report.conformant).toBe(false);
      } finally {
        w.close();
      }
    }
  });

  it('in a FOCUS file, a column the workbench filled makes its rule a violation; the file’s own figure beside it stays a finding', async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [write(join(t.dir, 'focus-credit.csv'), FOCUS_CREDIT)] });
    const report = await t.api.validate({ samples: 1 });
    // ContractedCost -5 (filled from ListCost) against BilledCost -4: the workbench's figure.
    expect(ruleCounts(report.violations)).toEqual([['contractedcost/credit-matches-billed', 1]]);
    expect(report.violations[0]!.samples[0]).toMatchObject({ ChargeCategory: 'Credit', ContractedCost: -5, BilledCost: -4, x_FocusFilledColumns: ['ContractedCost'] });
    // ListCost -5 against BilledCost -4: the file's own.
    expect(ruleCounts(report.sourceFindings)).toEqual([['listcost/credit-matches-billed', 1]]);
    expect(report.conformant).toBe(false);
  });

  it('rows of an import without the record (a workspace loaded before it) count as the workbench’s', async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [write(join(t.dir, 'focus-own-errors.csv'), FOCUS_OWN_ERRORS)] });
    await t.ws.db.run(sql`UPDATE imports SET delivered_columns = NULL`);
    const report = await t.api.validate({});
    expect(ruleCounts(report.violations)).toEqual([
      ['listunitprice/non-negative', 1],
      ['servicename/one-service-category', 1],
    ]);
    expect(report.sourceFindings).toEqual([]);
  });

  it('the command exits 0 with source findings only, and says why on stderr', async () => {
    t = await openTestWorkspace();
    const path = write(join(t.dir, 'focus-own-errors.csv'), FOCUS_OWN_ERRORS);
    await t.api.ingest({ paths: [path] });
    t.ws.close();
    const dbPath = join(t.dir, 'workspace.duckdb');
    try {
      const json = await cli('validate', '--db', dbPath, '--json');
      expect(json.code).toBe(0);
      const doc = JSON.parse(json.stdout);
      expect(doc.conformant).toBe(true);
      expect(ruleCounts(doc.sourceFindings)).toEqual([
        ['listunitprice/non-negative', 1],
        ['servicename/one-service-category', 1],
      ]);
      const human = await cli('validate', '--db', dbPath);
      expect(human.code).toBe(0);
      expect(human.stdout).toBe('');
      expect(human.stderr).toContain(`! listunitprice/non-negative  (columns/listunitprice.md): 1 row in ${path}`);
      expect(human.stderr).toContain('figures as delivered; the workbench does not rewrite them');
      expect(human.stderr).toContain('✓ every rule holds on what the workbench produced; 2 rules are broken by the provider’s own figures.');
    } finally {
      t = await openTestWorkspace(t.dir);
    }
  });
});
