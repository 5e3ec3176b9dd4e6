import { describe, expect, it } from 'vitest';
import { formatInWords, isMetricsFormat } from './import-format.ts';

describe('import formats in words', () => {
  it('says what a metrics import holds, and keeps a billing format as its id', () => {
    expect(formatInWords('cloudwatch-get-metric-data-json')).toBe('Utilization metrics (CloudWatch GetMetricData)');
    expect(formatInWords('compute-optimizer-ec2-csv')).toBe('Compute Optimizer EC2 recommendations');
    expect(formatInWords('cur2-parquet')).toBe('cur2-parquet');
    expect(isMetricsFormat('cur2-parquet')).toBe(false);
  });
});
