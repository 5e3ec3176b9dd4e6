// The words of utilization metrics: the formats ingest recognises, CloudWatch's units and the
// metrics rightsizing reads, with the unit each must be in. See core/ingest/SPEC.md, "Utilization
// metrics".

/** Format ids, as recorded in imports.format. */
export const MetricFormat = {
  /** CloudWatch Metric Streams, JSON output format: one JSON object a line (what `generate` writes). */
  Stream: 'cloudwatch-metric-stream-json',
  /** `aws cloudwatch get-metric-data` output: {"MetricDataResults": [{Id, Label, Timestamps, Values}]}. */
  GetMetricData: 'cloudwatch-get-metric-data-json',
  /** `aws cloudwatch get-metric-statistics` output: {"Label", "Datapoints": [{Timestamp, Maximum, Unit...}]}. */
  GetMetricStatistics: 'cloudwatch-get-metric-statistics-json',
  /** This workbench's metrics CSV (resource_id, metric, timestamp, statistic columns). */
  Csv: 'metrics-csv',
  /** AWS Compute Optimizer's EC2 instance recommendations export (CSV). */
  ComputeOptimizerEc2: 'compute-optimizer-ec2-csv',
} as const;
export type MetricFormatId = (typeof MetricFormat)[keyof typeof MetricFormat];

export const METRIC_FORMAT_IDS: readonly string[] = Object.values(MetricFormat);

/** CloudWatch's standard units (API Datapoint.Unit) this ingest converts or keeps. */
export const Unit = {
  Percent: 'Percent',
  Bytes: 'Bytes',
  Bits: 'Bits',
  Kilobits: 'Kilobits',
  Megabits: 'Megabits',
  Gigabits: 'Gigabits',
  Count: 'Count',
  None: 'None',
} as const;

/** What a known metric measures, so its unit can be checked and normalised. */
export const MetricKind = { Percent: 'percent', Bytes: 'bytes', Count: 'count' } as const;
export type MetricKindName = (typeof MetricKind)[keyof typeof MetricKind];

export const Namespace = { Ec2: 'AWS/EC2', Ebs: 'AWS/EBS', Agent: 'CWAgent', Rds: 'AWS/RDS' } as const;

const PERCENT_METRICS = ['CPUUtilization', 'mem_used_percent', 'disk_used_percent', 'swap_used_percent', 'MemoryUtilization', 'DiskSpaceUtilization', 'VolumeIdleTime'];
const BYTES_METRICS = ['NetworkIn', 'NetworkOut', 'EBSReadBytes', 'EBSWriteBytes', 'DiskReadBytes', 'DiskWriteBytes', 'VolumeReadBytes', 'VolumeWriteBytes', 'NetworkReceiveThroughput', 'NetworkTransmitThroughput', 'FreeableMemory'];
const COUNT_METRICS = ['NetworkPacketsIn', 'NetworkPacketsOut', 'EBSReadOps', 'EBSWriteOps', 'DiskReadOps', 'DiskWriteOps', 'VolumeReadOps', 'VolumeWriteOps', 'StatusCheckFailed', 'DatabaseConnections'];
/** Metrics only RDS sends (AWS/RDS, dimension DBInstanceIdentifier): FreeableMemory is bytes free at each sample, not a total. */
const RDS_ONLY_METRICS = ['FreeableMemory', 'DatabaseConnections'];
/** CloudWatch agent metrics (snake_case, in CWAgent) whose files often omit the namespace. */
const AGENT_METRIC = /^(mem|disk|swap|cpu|diskio|net|processes)_[a-z_]+$/;

/** The kind of a metric rightsizing knows, by CloudWatch's name; null for any other metric (kept as given). */
export function metricKind(metric: string): MetricKindName | null {
  if (PERCENT_METRICS.includes(metric) || metric.endsWith('_percent')) return MetricKind.Percent;
  if (BYTES_METRICS.includes(metric)) return MetricKind.Bytes;
  if (COUNT_METRICS.includes(metric)) return MetricKind.Count;
  return null;
}

/** Metrics with which a running machine never reads at or under 1%: their 0-1 values prove a fraction file. */
export function provesFractions(metric: string): boolean {
  return metric === 'mem_used_percent' || metric === 'MemoryUtilization' || metric === 'disk_used_percent';
}

/** The namespace of a metric whose file does not say it. */
export function defaultNamespace(metric: string, resourceId: string): string {
  if (AGENT_METRIC.test(metric)) return Namespace.Agent;
  if (resourceId.startsWith('vol-') || metric.startsWith('Volume')) return Namespace.Ebs;
  if (RDS_ONLY_METRICS.includes(metric)) return Namespace.Rds;
  return Namespace.Ec2;
}

/** Resource ids CloudWatch dimensions carry: an instance, a volume, an RDS instance. */
export const RESOURCE_DIMENSIONS = ['InstanceId', 'VolumeId', 'DBInstanceIdentifier'] as const;

/** An EC2 instance id or EBS volume id inside free text (a label, a file name; '_' may stand before it). */
export const RESOURCE_ID_IN_TEXT = /(?<![A-Za-z0-9-])(?:i|vol)-[0-9a-f]{8,17}(?![0-9A-Za-z])/g;

/** The statistics resource_metrics keeps, by CloudWatch's names. */
export const Statistic = {
  Maximum: 'Maximum',
  Average: 'Average',
  Minimum: 'Minimum',
  SampleCount: 'SampleCount',
  Sum: 'Sum',
  P95: 'p95',
  P99: 'p99',
} as const;
export type StatisticName = (typeof Statistic)[keyof typeof Statistic];

/** Seconds in a day: gaps are counted in whole UTC days. */
export const DAY_SECONDS = 86_400;

/** At most this many resource ids are named in one warning; the count says the rest. */
export const NAMED_IN_WARNING = 10;
