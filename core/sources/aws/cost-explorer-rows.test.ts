import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chargeCategoryOf, ceMetrics, csvHeader, plainDecimal, resultRows } from './cost-explorer-rows.ts';
import { CE_SERVICE_PRODUCT_CODES } from './cost-explorer-services.ts';

describe('Cost Explorer rows', () => {
  it('expands exponent amounts exactly', () => {
    expect(plainDecimal('1.5E-7')).toBe('0.00000015');
    expect(plainDecimal('-2.25e2')).toBe('-225');
    expect(plainDecimal('12.3400')).toBe('12.3400');
  });

  it('writes one FOCUS row per day and group, tags as a map, untagged as no tag', () => {
    const rows = resultRows(
      [
        {
          TimePeriod: { Start: '2026-09-30', End: '2026-10-01' },
          Groups: [
            { Keys: ['Amazon EC2', 'Team$payments'], Metrics: { UnblendedCost: { Amount: '1.10', Unit: 'USD' }, AmortizedCost: { Amount: '0.90', Unit: 'USD' }, NetAmortizedCost: { Amount: '0.9', Unit: 'USD' } } },
            { Keys: ['Amazon S3', 'Team$'], Metrics: { UnblendedCost: { Amount: '0', Unit: 'USD' }, AmortizedCost: { Amount: '0.000001', Unit: 'USD' }, NetAmortizedCost: { Amount: '0', Unit: 'USD' } } },
          ],
        },
      ],
      [{ Type: 'DIMENSION', Key: 'SERVICE' }, { Type: 'TAG', Key: 'Team' }],
      '111111111111',
    );
    const header = csvHeader().split(',');
    const parse = (line: string) => Object.fromEntries(line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, header.length).map((f, i) => [header[i], f.replace(/,$/, '')]));
    expect(rows).toHaveLength(2);
    expect(parse(rows[0]!)).toMatchObject({
      BillingAccountId: '111111111111',
      BillingPeriodStart: '2026-09-01T00:00:00Z',
      BillingPeriodEnd: '2026-10-01T00:00:00Z',
      ChargePeriodStart: '2026-09-30T00:00:00Z',
      ChargePeriodEnd: '2026-10-01T00:00:00Z',
      BilledCost: '1.10',
      EffectiveCost: '0.9',
      ListCost: '1.10',
      ChargeCategory: 'Usage',
      ServiceName: 'Amazon EC2',
      Tags: '"{""Team"":""payments""}"',
    });
    expect(parse(rows[1]!)).toMatchObject({ ServiceName: 'Amazon S3', BilledCost: '0', EffectiveCost: '0', Tags: '{}' });
  });

  it('grouped by SERVICE and USAGE_TYPE: ServiceCategory by the given lookup, PricingQuantity and PricingUnit from UsageQuantity on usage only', () => {
    const groupBy = [{ Type: 'DIMENSION', Key: 'SERVICE' }, { Type: 'DIMENSION', Key: 'USAGE_TYPE' }] as const;
    expect(ceMetrics([...groupBy])).toContain('UsageQuantity');
    expect(ceMetrics([groupBy[0]])).not.toContain('UsageQuantity');
    const cost = { Amount: '0.50', Unit: 'USD' };
    const rows = resultRows(
      [{ TimePeriod: { Start: '2026-10-01', End: '2026-10-02' }, Groups: [
        { Keys: ['Amazon Elastic Compute Cloud - Compute', 'BoxUsage:m5.large'], Metrics: { UnblendedCost: cost, UsageQuantity: { Amount: '5.2E1', Unit: 'Hrs' } } },
        { Keys: ['Tax', 'NoValue'], Metrics: { UnblendedCost: cost, UsageQuantity: { Amount: '0', Unit: 'N/A' } } },
      ] }],
      [...groupBy],
      '111111111111',
      new Map(),
      (service) => (service === 'Tax' ? 'Other' : 'Compute'),
    );
    const header = csvHeader().split(',');
    const parse = (line: string) => Object.fromEntries(line.split(',').map((f, i) => [header[i], f]));
    expect(parse(rows[0]!)).toMatchObject({ ServiceCategory: 'Compute', PricingQuantity: '52', PricingUnit: 'Hrs', x_UsageType: 'BoxUsage:m5.large' });
    expect(parse(rows[1]!)).toMatchObject({ ServiceCategory: 'Other', PricingQuantity: '', PricingUnit: '', x_UsageType: '' });
  });

  it('every Cost Explorer service name maps to a product code the category table knows', () => {
    const codes = new Set(readFileSync(new URL('../../../resources/data/aws-service-category.csv', import.meta.url), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]));
    expect(Object.values(CE_SERVICE_PRODUCT_CODES).filter((c) => !codes.has(c))).toEqual([]);
  });

  it('reads ChargeCategory from RECORD_TYPE, by its API and console names, new names by their words', () => {
    expect(['Usage', 'DiscountedUsage', 'SavingsPlanNegation', 'Tax', 'RIFee', 'Recurring', 'Upfront', 'Support', 'SavingsPlanUpfrontFee', 'Credit', 'Refund', 'EdpDiscount'].map(chargeCategoryOf)).toEqual([
      'Usage', 'Usage', 'Usage', 'Tax', 'Purchase', 'Purchase', 'Purchase', 'Purchase', 'Purchase', 'Credit', 'Credit', 'Credit',
    ]);
    expect(['Enterprise Discount Program Discount', 'Savings Plan Recurring Fee', 'Upfront reservation fee', 'Something new'].map(chargeCategoryOf)).toEqual(['Credit', 'Purchase', 'Purchase', 'Adjustment']);
  });
});
