import { describe, expect, it } from 'vitest';
import { detectFormat, missingRequired } from './formats.ts';

const cols = (...names: string[]) => names.map((name) => ({ name, type: 'VARCHAR' }));

describe('format detection from columns', () => {
  it('recognizes legacy CUR slash headers', () => {
    expect(detectFormat(cols('identity/LineItemId', 'lineItem/UnblendedCost'), 'csv')?.id).toBe('cur-legacy-csv');
  });
  it('tells CUR 2.0 from the legacy Athena form by its map columns', () => {
    expect(detectFormat(cols('line_item_unblended_cost', 'product', 'resource_tags'), 'parquet')?.id).toBe('cur2-parquet');
    expect(detectFormat(cols('line_item_unblended_cost', 'resource_tags_user_team'), 'parquet')?.id).toBe('cur-legacy-athena-parquet');
  });
  it('recognizes FOCUS versions', () => {
    expect(detectFormat(cols('BilledCost', 'ChargePeriodStart', 'ProviderName', 'InvoiceId'), 'csv')?.id).toBe('focus-1.2-csv');
    expect(detectFormat(cols('BilledCost', 'ChargePeriodStart', 'ProviderName'), 'csv')?.id).toBe('focus-1.0-csv');
    expect(detectFormat(cols('BilledCost', 'ChargePeriodStart', 'Provider'), 'csv')?.version).toBe('1.0-preview');
  });
  it('refuses files that are not billing data', () => {
    expect(detectFormat(cols('name', 'email', 'amount'), 'csv')).toBeNull();
  });
  it('names missing required columns in the file own naming', () => {
    const legacy = detectFormat(cols('lineItem/LineItemType', 'lineItem/UsageStartDate'), 'csv')!;
    expect(missingRequired(legacy, cols('lineItem/LineItemType', 'lineItem/UsageStartDate'))).toEqual([
      'lineItem/UnblendedCost',
      'lineItem/CurrencyCode',
      'bill/PayerAccountId',
      'bill/BillingPeriodStartDate',
    ]);
    const focus = detectFormat(cols('BilledCost', 'ChargePeriodStart', 'Provider'), 'csv')!;
    expect(missingRequired(focus, cols('BilledCost', 'ChargePeriodStart', 'Provider'))).toEqual([
      'EffectiveCost',
      'BillingPeriodStart',
      'BillingAccountId',
      'BillingCurrency',
      'ChargeCategory',
    ]);
  });
});
