import { describe, expect, it } from 'vitest';
import { manifestKeys, manifestPeriod, newestDeliveries } from './cur-deliveries.ts';

const obj = (key: string, minute: number) => ({ key, etag: '"e"', size: 1, lastModified: new Date(Date.UTC(2025, 11, 2, 0, minute)) });

describe('CUR deliveries in S3', () => {
  it('reads the billing period from legacy and Data Exports folders', () => {
    expect(manifestPeriod('cur/r/20251101-20251201/r-Manifest.json')).toBe('2025-11');
    expect(manifestPeriod('cur/r/20251101-20251201/abc-123/r-Manifest.json')).toBe('2025-11');
    expect(manifestPeriod('exp/e/metadata/BILLING_PERIOD=2025-10/e-Manifest.json')).toBe('2025-10');
    expect(manifestPeriod('cur/r/notes/readme-Manifest.json')).toBeNull();
  });

  it('keeps the newest manifest per period, the period-level one on a tie', () => {
    const chosen = newestDeliveries([
      obj('r/20251101-20251201/a1/r-Manifest.json', 1),
      obj('r/20251101-20251201/a2/r-Manifest.json', 5),
      obj('r/20251101-20251201/r-Manifest.json', 5),
      obj('r/20251101-20251201/a2/r-00001.csv.gz', 9),
      obj('r/20251001-20251101/a0/r-Manifest.json', 3),
    ]);
    expect(chosen.map((c) => [c.period, c.manifest.key])).toEqual([
      ['2025-10', 'r/20251001-20251101/a0/r-Manifest.json'],
      ['2025-11', 'r/20251101-20251201/r-Manifest.json'],
    ]);
    expect(newestDeliveries([obj('r/20251001-20251101/a0/r-Manifest.json', 3)], '2025-11')).toEqual([]);
  });

  it('lists the parts as keys of the bucket', () => {
    expect(manifestKeys({ reportKeys: ['r/20251101-20251201/a2/r-1.csv.gz'] }, 'b')).toEqual(['r/20251101-20251201/a2/r-1.csv.gz']);
    expect(manifestKeys({ dataFiles: ['s3://b/e/data/BILLING_PERIOD=2025-10/e-00001.snappy.parquet'] }, 'b')).toEqual(['e/data/BILLING_PERIOD=2025-10/e-00001.snappy.parquet']);
    expect(manifestKeys({ columns: [] }, 'b')).toBeNull();
  });
});
