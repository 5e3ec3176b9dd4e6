// The AWS CLI's JSON gives one statistic per series (GetMetricData) or several per datapoint
// (get-metric-statistics); both become one point per resource, metric and timestamp with every
// statistic the file gives. Sum is kept only as Average = Sum / SampleCount: resource_metrics
// holds the average and the sample count, from which the sum follows.
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import { Statistic, type StatisticName } from './constants.ts';
import type { MetricPoint } from './stage.ts';

const FIELD: Readonly<Record<Exclude<StatisticName, 'Sum'>, keyof MetricPoint>> = {
  [Statistic.Maximum]: 'maximum', [Statistic.Average]: 'average', [Statistic.Minimum]: 'minimum',
  [Statistic.SampleCount]: 'sampleCount', [Statistic.P95]: 'p95', [Statistic.P99]: 'p99',
};

type Base = Omit<MetricPoint, 'maximum' | 'average' | 'minimum' | 'sampleCount' | 'p95' | 'p99'>;

export class PointMerger {
  private readonly points = new Map<string, { point: MetricPoint; sum: number | null }>();

  constructor(private readonly display: string, private readonly describe: (position: number) => string) {}

  add(base: Base, stat: StatisticName, value: number): void {
    const key = `${base.resourceId}\u0000${base.metric}\u0000${base.time}`;
    let entry = this.points.get(key);
    if (!entry) {
      entry = { point: { ...base, maximum: null, average: null, minimum: null, sampleCount: null, p95: null, p99: null }, sum: null };
      this.points.set(key, entry);
    }
    const field = stat === Statistic.Sum ? null : FIELD[stat];
    const old = field ? (entry.point[field] as number | null) : entry.sum;
    if (old !== null && old !== value) {
      throw new WorkbenchError(
        ErrorCode.INGEST_METRIC_DUPLICATE,
        `${this.display}: ${this.describe(base.line)} gives ${base.resourceId} ${base.metric} ${stat} at ${new Date(base.time).toISOString()} as ${value}, and ${this.describe(entry.point.line)} as ${old}. Keep one of the two series; nothing was loaded.`,
        { file: this.display, resourceId: base.resourceId, metric: base.metric, statistic: stat },
      );
    }
    if (field) (entry.point[field] as number | null) = value;
    else entry.sum = value;
  }

  /** The merged points; a Sum without a SampleCount cannot be kept and is refused. */
  finish(emit: (p: MetricPoint) => void): void {
    for (const { point, sum } of this.points.values()) {
      if (sum !== null && point.average === null) {
        if (point.sampleCount === null || point.sampleCount <= 0) {
          throw new WorkbenchError(
            ErrorCode.INGEST_METRIC_UNLABELLED,
            `${this.display}: ${this.describe(point.line)} gives ${point.resourceId} ${point.metric} as a Sum without a SampleCount. The workspace keeps averages and sample counts (Sum = Average × SampleCount): ask CloudWatch for SampleCount or Average as well; nothing was loaded.`,
            { file: this.display, resourceId: point.resourceId, metric: point.metric },
          );
        }
        point.average = sum / point.sampleCount;
      }
      emit(point);
    }
  }
}
