// The shipped default rates against the price list they come from (resources/data/ec2-m5-large-ri-terms.csv),
// and a few by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDefaultRates, defaultRate, RI_TERM_RATES } from './rate-defaults.ts';

const CSV = join(import.meta.dirname, '..', '..', '..', 'resources', 'data', 'ec2-m5-large-ri-terms.csv');

describe('default commitment rates', () => {
  it('by hand: 1-year standard No Upfront $0.060 ÷ $0.096; 3-year standard All Upfront $949 over 26,280 hours ÷ $0.096', () => {
    expect(defaultRate('ReservedInstance', '1y', 'NoUpfront').rate).toBe(0.625);
    expect(defaultRate('ReservedInstance', '3y', 'AllUpfront').rate).toBe(0.376157);
    // 1-year convertible Partial Upfront: $294 ÷ 8,760 + $0.034 = $0.067562 an hour ÷ $0.096
    expect(defaultRate('ComputeSavingsPlan', '1y', 'PartialUpfront').rate).toBe(0.703767);
    expect(defaultRate('EC2InstanceSavingsPlan', '3y', 'NoUpfront').rate).toBe(0.427083);
    expect(allDefaultRates()).toHaveLength(18);
    expect(defaultRate('ComputeSavingsPlan', '1y', 'NoUpfront').source).toBe('AWS Price List, m5.large Linux shared tenancy, US East (N. Virginia), on demand $0.096/h: priced as a Convertible RI of the same term (AWS), 1y NoUpfront');
  });

  it('every term of the shipped price list gives its rate to 6 decimals', () => {
    const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split('\n');
    const col = (name: string) => header!.split(',').indexOf(name);
    const rows = lines.map((l) => l.split(','));
    const onDemand = Number(rows.find((r) => r[col('term_type')] === 'OnDemand')![col('hourly_usd')]);
    expect(onDemand).toBe(0.096);
    const reserved = rows.filter((r) => r[col('term_type')] === 'Reserved');
    expect(reserved).toHaveLength(12);
    for (const r of reserved) {
      const term = r[col('lease_length')] === '1yr' ? '1y' : '3y';
      const hours = term === '1y' ? 8760 : 26280;
      const payment = r[col('purchase_option')]!.replace(' ', '') as 'NoUpfront' | 'PartialUpfront' | 'AllUpfront';
      const effective = Number(r[col('upfront_usd')]) / hours + Number(r[col('hourly_usd')]);
      expect(RI_TERM_RATES[r[col('offering_class')] as 'standard' | 'convertible'][term][payment]).toBeCloseTo(effective / onDemand, 6);
    }
  });
});
