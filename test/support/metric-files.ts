// Small hand-built utilization metric files for ingest tests, in each form ingest knows
// (core/ingest/SPEC.md, "Utilization metrics"), and a bill that charges the instances they name.
import { join } from 'node:path';
import { curCsv, write } from './files.ts';

/** Two instances the bill below charges, and one it does not. */
export const INSTANCE_A = 'i-0123456789abcdef0';
export const INSTANCE_B = 'i-0fedcba9876543210';
export const INSTANCE_UNBILLED = 'i-0999999999999999a';

/** A November 2026 bill with one EC2 line for each of INSTANCE_A and INSTANCE_B. */
export function writeBill(dir: string): string {
  const resources: Record<string, string> = { a: INSTANCE_A, b: INSTANCE_B };
  return write(join(dir, 'bill.csv'), curCsv([{ id: 'a', month: '2026-11', cost: '10.00' }, { id: 'b', month: '2026-11', cost: '5.00' }], { 'lineItem/ResourceId': (l) => resources[l.id]! }));
}

/** One Metric Streams record (JSON output format), as a stream writes it. */
export function streamRecord(resource: string, metric: string, isoTime: string, value: { max: number; min: number; sum: number; count: number }, unit: string, namespace = 'AWS/EC2'): string {
  return JSON.stringify({
    metric_stream_name: 'test-stream', account_id: '222222222222', region: 'eu-west-1', namespace, metric_name: metric,
    dimensions: { InstanceId: resource }, timestamp: Date.parse(isoTime), value, unit,
  });
}

/** A metrics CSV: the header, then rows (cells in the header's order). */
export function metricsCsv(header: string[], rows: (string | number)[][]): string {
  return `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}
