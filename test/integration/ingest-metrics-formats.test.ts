// Each utilization metric form ingest recognises by content, hand-built and small: the expected
// rows are written out from the files above them. Also: a re-ingest of overlapping data replaces
// rather than doubles, and Compute Optimizer's EC2 export lands in compute_optimizer_ec2.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gz, write } from '../support/files.ts';
import { INSTANCE_A, INSTANCE_B, metricsCsv, streamRecord, writeBill } from '../support/metric-files.ts';
import { openTestWorkspace, query, type TestWorkspace } from '../support/workspace.ts';
import { METRIC_FORMAT_IDS } from '../../core/ingest/metrics/constants.ts';
import { isMetricsFormat } from '../../renderer/src/data/import-format.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  await t.api.ingest({ paths: [writeBill(t.dir)] });
});
afterEach(() => t.close());

const ROWS = `SELECT resource_id, namespace, metric, strftime(period_start, '%Y-%m-%d %H:%M') AS start, period_seconds, maximum, average, minimum, sample_count, p95, p99, unit
  FROM resource_metrics ORDER BY resource_id, metric, period_start`;
const EMPTY = { maximum: null, average: null, minimum: null, sample_count: null, p95: null, p99: null };

describe('CloudWatch Metric Streams JSON (gzipped or not, any file name)', () => {
  it('loads one row per record: average = sum / count, the period from the records 1 day apart', async () => {
    const file = write(join(t.dir, 'stream-part-0001'), gz([
      streamRecord(INSTANCE_A, 'CPUUtilization', '2026-11-02T00:00:00Z', { max: 40, min: 2, sum: 14400, count: 1440 }, 'Percent'),
      streamRecord(INSTANCE_A, 'CPUUtilization', '2026-11-03T00:00:00Z', { max: 50, min: 4, sum: 28800, count: 1440 }, 'Percent'),
    ].join('\n')));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files.map((f) => [f.format, f.status, f.rows, f.billingPeriods])).toEqual([['cloudwatch-metric-stream-json', 'loaded', 2, ['2026-11']]]);
    expect(r.files[0]!.warnings).toEqual([]);
    expect(await query(t.api, ROWS)).toEqual([
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'AWS/EC2', metric: 'CPUUtilization', start: '2026-11-02 00:00', period_seconds: 86400, maximum: 40, average: 10, minimum: 2, sample_count: 1440, unit: 'Percent' },
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'AWS/EC2', metric: 'CPUUtilization', start: '2026-11-03 00:00', period_seconds: 86400, maximum: 50, average: 20, minimum: 4, sample_count: 1440, unit: 'Percent' },
    ]);
    expect(await query(t.api, `SELECT account_id, region FROM resource_metrics LIMIT 1`)).toEqual([{ account_id: '222222222222', region: 'eu-west-1' }]);
  });
});

describe('aws cloudwatch get-metric-data JSON', () => {
  it('reads resource, metric and statistic from each Label or Id, and merges the statistics of one timestamp', async () => {
    const file = write(join(t.dir, 'gmd.json'), JSON.stringify({
      MetricDataResults: [
        { Id: 'm1', Label: `${INSTANCE_A} CPUUtilization Maximum`, Timestamps: ['2026-11-02T02:00:00+00:00', '2026-11-02T01:00:00+00:00'], Values: [35.5, 80], StatusCode: 'Complete' },
        { Id: 'm2', Label: `${INSTANCE_A} CPUUtilization Average`, Timestamps: ['2026-11-02T02:00:00+00:00', '2026-11-02T01:00:00+00:00'], Values: [12.25, 30], StatusCode: 'Complete' },
        { Id: `mem_p95_${INSTANCE_B.replace('-', '_')}`, Label: 'mem_used_percent', Timestamps: ['2026-11-02T01:00:00+00:00', '2026-11-02T02:00:00+00:00'], Values: [61, 62.5], StatusCode: 'Complete' },
      ],
      Messages: [],
    }, null, 2));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files.map((f) => [f.format, f.status, f.rows])).toEqual([['cloudwatch-get-metric-data-json', 'loaded', 4]]);
    expect(await query(t.api, ROWS)).toEqual([
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'AWS/EC2', metric: 'CPUUtilization', start: '2026-11-02 01:00', period_seconds: 3600, maximum: 80, average: 30, unit: 'Percent' },
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'AWS/EC2', metric: 'CPUUtilization', start: '2026-11-02 02:00', period_seconds: 3600, maximum: 35.5, average: 12.25, unit: 'Percent' },
      { ...EMPTY, resource_id: INSTANCE_B, namespace: 'CWAgent', metric: 'mem_used_percent', start: '2026-11-02 01:00', period_seconds: 3600, p95: 61, unit: 'Percent' },
      { ...EMPTY, resource_id: INSTANCE_B, namespace: 'CWAgent', metric: 'mem_used_percent', start: '2026-11-02 02:00', period_seconds: 3600, p95: 62.5, unit: 'Percent' },
    ]);
  });

  it('warns when CloudWatch returned part of the data only (PartialData)', async () => {
    const file = write(join(t.dir, 'gmd-partial.json'), JSON.stringify({ MetricDataResults: [{ Id: 'm1', Label: `${INSTANCE_A} CPUUtilization Maximum`, Timestamps: ['2026-11-02T00:05:00Z', '2026-11-02T00:00:00Z'], Values: [3, 4], StatusCode: 'PartialData' }] }));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files[0]!.warnings).toEqual([`${file}: CloudWatch returned only part of the data for m1 (PartialData); fetch the rest (the query's NextToken) and load it too.`]);
  });
});

describe('aws cloudwatch get-metric-statistics JSON', () => {
  it('takes the instance from the file name, the metric from the Label, Sum / SampleCount as the average, p99 from ExtendedStatistics', async () => {
    const file = write(join(t.dir, `${INSTANCE_B}-network-in.json`), JSON.stringify({
      Label: 'NetworkIn',
      Datapoints: [
        { Timestamp: '2026-11-02T00:05:00+00:00', Sum: 6000, SampleCount: 5, Maximum: 2000, Unit: 'Bytes', ExtendedStatistics: { p99: 1990 } },
        { Timestamp: '2026-11-02T00:00:00+00:00', Sum: 1500, SampleCount: 5, Maximum: 700, Unit: 'Bytes', ExtendedStatistics: { p99: 650 } },
      ],
    }));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files.map((f) => [f.format, f.status, f.rows])).toEqual([['cloudwatch-get-metric-statistics-json', 'loaded', 2]]);
    expect(await query(t.api, ROWS)).toEqual([
      { ...EMPTY, resource_id: INSTANCE_B, namespace: 'AWS/EC2', metric: 'NetworkIn', start: '2026-11-02 00:00', period_seconds: 300, maximum: 700, average: 300, sample_count: 5, p99: 650, unit: 'Bytes' },
      { ...EMPTY, resource_id: INSTANCE_B, namespace: 'AWS/EC2', metric: 'NetworkIn', start: '2026-11-02 00:05', period_seconds: 300, maximum: 2000, average: 1200, sample_count: 5, p99: 1990, unit: 'Bytes' },
    ]);
  });

  it('takes the instance and the period from the request fields saved in the file (Dimensions, Period)', async () => {
    const file = write(join(t.dir, 'cpu.json'), JSON.stringify({
      Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: INSTANCE_A }], Period: 86400,
      Label: 'CPUUtilization', Datapoints: [{ Timestamp: '2026-11-05T00:00:00Z', Maximum: 9, Unit: 'Percent' }],
    }));
    await t.api.ingest({ paths: [file] });
    expect(await query(t.api, `SELECT resource_id, period_seconds, maximum FROM resource_metrics`)).toEqual([{ resource_id: INSTANCE_A, period_seconds: 86400, maximum: 9 }]);
  });
});

describe('the metrics CSV', () => {
  it('loads its rows with the optional columns it gives', async () => {
    const file = write(join(t.dir, 'metrics.csv'), metricsCsv(
      ['resource_id', 'metric', 'timestamp', 'period_seconds', 'maximum', 'average', 'p95', 'unit', 'account_id'],
      [[INSTANCE_A, 'CPUUtilization', '2026-11-02T00:00:00Z', 3600, 71, 22.5, 60, 'Percent', '222222222222'], [INSTANCE_A, 'disk_used_percent', '2026-11-02 00:00:00', 3600, 40, 39, '', '', '']],
    ));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files.map((f) => [f.format, f.status, f.rows])).toEqual([['metrics-csv', 'loaded', 2]]);
    expect(await query(t.api, ROWS)).toEqual([
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'AWS/EC2', metric: 'CPUUtilization', start: '2026-11-02 00:00', period_seconds: 3600, maximum: 71, average: 22.5, p95: 60, unit: 'Percent' },
      { ...EMPTY, resource_id: INSTANCE_A, namespace: 'CWAgent', metric: 'disk_used_percent', start: '2026-11-02 00:00', period_seconds: 3600, maximum: 40, average: 39, unit: 'Percent' },
    ]);
  });

  it('replaces, never doubles: a second file with the same points replaces them; the emptied import is marked replaced', async () => {
    const header = ['resource_id', 'metric', 'timestamp', 'period_seconds', 'maximum'];
    const first = write(join(t.dir, 'v1.csv'), metricsCsv(header, [[INSTANCE_A, 'CPUUtilization', '2026-11-02T00:00:00Z', 86400, 50], [INSTANCE_A, 'CPUUtilization', '2026-11-03T00:00:00Z', 86400, 51]]));
    const second = write(join(t.dir, 'v2.csv'), metricsCsv(header, [[INSTANCE_A, 'CPUUtilization', '2026-11-02T00:00:00Z', 86400, 60], [INSTANCE_A, 'CPUUtilization', '2026-11-03T00:00:00Z', 86400, 61]]));
    const a = await t.api.ingest({ paths: [first] });
    const b = await t.api.ingest({ paths: [second] });
    expect(b.replacedImports).toEqual([a.files[0]!.importId]);
    expect(await query(t.api, `SELECT maximum FROM resource_metrics ORDER BY period_start`)).toEqual([{ maximum: 60 }, { maximum: 61 }]);
    expect(await query(t.api, `SELECT status, rows::INTEGER AS rows, replaced_by FROM imports WHERE format = 'metrics-csv' ORDER BY id`)).toEqual([
      { status: 'replaced', rows: 0, replaced_by: b.files[0]!.importId },
      { status: 'loaded', rows: 2, replaced_by: null },
    ]);
  });
});

describe("Compute Optimizer's EC2 instance recommendations export", () => {
  it('keeps each instance with its finding, first option, utilization maxima and exact savings', async () => {
    const header = ['accountId', 'instanceArn', 'instanceName', 'finding', 'lookbackPeriodInDays', 'currentInstanceType', 'utilizationMetrics_CPU_MAXIMUM', 'utilizationMetrics_MEMORY_MAXIMUM',
      'recommendationOptions_1_instanceType', 'recommendationOptions_1_estimatedMonthlySavings_currency', 'recommendationOptions_1_estimatedMonthlySavings_value', 'current_onDemandPrice', 'recommendations_count', 'errorCode', 'errorMessage'];
    const file = write(join(t.dir, 'us-east-1-2026-11-30T000000Z-export.csv'), metricsCsv(header, [
      ['222222222222', `arn:aws:ec2:us-east-1:222222222222:instance/${INSTANCE_A}`, 'web-1', 'Overprovisioned', 14, 'm5.2xlarge', 23.5, 40.25, 'm5.xlarge', 'USD', '140.16', '0.384', 3, '', ''],
      ['222222222222', `arn:aws:ec2:us-east-1:222222222222:instance/${INSTANCE_B}`, 'db-1', 'Optimized', 14, 'r6g.large', 71, '', 'r6g.large', 'USD', '0', '0.1008', 1, '', ''],
    ]));
    const r = await t.api.ingest({ paths: [file] });
    expect(r.files.map((f) => [f.format, f.status, f.rows])).toEqual([['compute-optimizer-ec2-csv', 'loaded', 2]]);
    expect(await query(t.api, `SELECT instance_id, region, instance_name, finding, current_instance_type, cpu_maximum, memory_maximum, lookback_days, recommended_type,
        estimated_monthly_savings::VARCHAR AS savings, savings_currency, current_on_demand_price::VARCHAR AS price FROM compute_optimizer_ec2 ORDER BY instance_id`)).toEqual([
      { instance_id: INSTANCE_A, region: 'us-east-1', instance_name: 'web-1', finding: 'Overprovisioned', current_instance_type: 'm5.2xlarge', cpu_maximum: 23.5, memory_maximum: 40.25, lookback_days: 14, recommended_type: 'm5.xlarge', savings: '140.160000000000', savings_currency: 'USD', price: '0.384000000000' },
      { instance_id: INSTANCE_B, region: 'us-east-1', instance_name: 'db-1', finding: 'Optimized', current_instance_type: 'r6g.large', cpu_maximum: 71, memory_maximum: null, lookback_days: 14, recommended_type: 'r6g.large', savings: '0.000000000000', savings_currency: 'USD', price: '0.100800000000' },
    ]);
  });
});

describe('the Data view', () => {
  it('names in words every format the metrics ingest records (its own copy of the ids)', () => {
    for (const id of METRIC_FORMAT_IDS) expect(isMetricsFormat(id), id).toBe(true);
  });
});
