// Import formats in words for the import history and an import's outcome. Utilization metrics
// (core/ingest/metrics: their ids are repeated here, as the renderer imports no core code) say
// what they hold and carry no cost; billing formats keep their id (cur2-parquet, focus-1.2-csv).
const METRIC_FORMATS: Readonly<Record<string, string>> = {
  'cloudwatch-metric-stream-json': 'Utilization metrics (CloudWatch metric stream)',
  'cloudwatch-get-metric-data-json': 'Utilization metrics (CloudWatch GetMetricData)',
  'cloudwatch-get-metric-statistics-json': 'Utilization metrics (CloudWatch get-metric-statistics)',
  'metrics-csv': 'Utilization metrics (CSV)',
  'compute-optimizer-ec2-csv': 'Compute Optimizer EC2 recommendations',
};

export function isMetricsFormat(format: string): boolean {
  return format in METRIC_FORMATS;
}

export function formatInWords(format: string): string {
  return METRIC_FORMATS[format] ?? format;
}
