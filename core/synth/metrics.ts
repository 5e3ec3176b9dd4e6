// Instance utilization in CloudWatch Metric Streams JSON form (one JSON object a line, gzipped,
// as a metric stream delivers to S3), one record per instance, metric and day it ran. Each
// instance reaches its true peak on one day of its life; other days stay below it, so the
// observed maximum is exactly the peak the rightsizing truth is computed from. Each instance's
// root volume has its VolumeReadOps and VolumeWriteOps (AWS/EBS) on the days the instance runs:
// CloudWatch reports attached volumes only, so an unattached one has none.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Model } from './build.ts';
import type { InstanceFacts } from './items.ts';
import { DAY, isWeekend, type Month } from './calendar.ts';
import { noise } from './rng.ts';

export const METRIC_STREAM = 'northwind-utilization';
const MINUTES_PER_DAY = 1440;

interface Stat {
  namespace: string;
  name: string;
  unit: string;
  peak: (i: InstanceFacts) => number;
  avg: (i: InstanceFacts) => number;
}

const STATS: Stat[] = [
  { namespace: 'AWS/EC2', name: 'CPUUtilization', unit: 'Percent', peak: (i) => i.cpuPeak, avg: (i) => i.cpuAvg },
  { namespace: 'CWAgent', name: 'mem_used_percent', unit: 'Percent', peak: (i) => i.memPeak, avg: (i) => i.memAvg },
  { namespace: 'AWS/EC2', name: 'NetworkIn', unit: 'Bytes', peak: (i) => i.netInPerDay / 200, avg: (i) => i.netInPerDay / MINUTES_PER_DAY },
  { namespace: 'AWS/EC2', name: 'NetworkOut', unit: 'Bytes', peak: (i) => i.netOutPerDay / 200, avg: (i) => i.netOutPerDay / MINUTES_PER_DAY },
];

const round = (x: number, d: number): number => Number(x.toFixed(d));

/** A root volume's read and write operations a day while its instance runs: an idle machine still writes its logs. */
const VOLUME_STATS = [
  { name: 'VolumeReadOps', perDay: (i: InstanceFacts) => (i.finding === 'idle' ? 2_000 : 400_000) },
  { name: 'VolumeWriteOps', perDay: (i: InstanceFacts) => (i.finding === 'idle' ? 6_000 : 900_000) },
];

/** The day an instance shows its peak: the middle of its life inside the range. */
export function peakDay(i: InstanceFacts, m: Model): number {
  const from = Math.max(i.item.start, m.timeline.start);
  const to = Math.min(i.item.end, m.timeline.end);
  let day = Math.floor((from + (to - from) / 2) / DAY) * DAY;
  if (i.item.profile.kind === 'office-hours') while (isWeekend(day)) day -= DAY;
  return Math.max(day, Math.floor(from / DAY) * DAY);
}

function* records(m: Model, month: Month): Generator<string> {
  for (const inst of m.instances) {
    const item = inst.item;
    const top = peakDay(inst, m);
    for (let day = Math.max(month.start, Math.floor(item.start / DAY) * DAY); day < Math.min(month.end, item.end); day += DAY) {
      if (item.profile.kind === 'office-hours' && isWeekend(day)) continue;
      for (let si = 0; si < STATS.length; si++) {
        const s = STATS[si] as Stat;
        const u = noise(m.seed, item.index * 8 + si, day / DAY);
        const max = day === top ? s.peak(inst) : s.peak(inst) * (0.7 + 0.29 * u);
        const avg = Math.min(max, s.avg(inst) * (0.85 + 0.3 * u));
        const value = { max: round(max, 4), min: round(avg * 0.3, 4), sum: round(avg * MINUTES_PER_DAY, 2), count: MINUTES_PER_DAY };
        const rec = {
          metric_stream_name: METRIC_STREAM, account_id: item.account.id, region: item.region?.code, namespace: s.namespace, metric_name: s.name,
          dimensions: { InstanceId: item.resourceId }, timestamp: day * 1000, value, unit: s.unit,
        };
        yield `${JSON.stringify(rec)}\n`;
      }
      if (!inst.volume?.resourceId) continue;
      for (let vi = 0; vi < VOLUME_STATS.length; vi++) {
        const s = VOLUME_STATS[vi]!;
        const sum = Math.round(s.perDay(inst) * (0.7 + 0.6 * noise(m.seed, inst.volume.index * 8 + vi, day / DAY)));
        const rec = {
          metric_stream_name: METRIC_STREAM, account_id: item.account.id, region: item.region?.code, namespace: 'AWS/EBS', metric_name: s.name,
          dimensions: { VolumeId: inst.volume.resourceId }, timestamp: day * 1000, value: { max: round((sum / MINUTES_PER_DAY) * 3, 2), min: 0, sum, count: MINUTES_PER_DAY }, unit: 'Count',
        };
        yield `${JSON.stringify(rec)}\n`;
      }
    }
  }
}

export function metricsPath(month: Month): string {
  return `cloudwatch/${METRIC_STREAM}-${month.key}.json.gz`;
}

export async function writeMetrics(m: Model, month: Month, absolutePath: string): Promise<void> {
  mkdirSync(dirname(absolutePath), { recursive: true });
  await pipeline(Readable.from(records(m, month)), createGzip({ level: 6 }), createWriteStream(absolutePath));
}
