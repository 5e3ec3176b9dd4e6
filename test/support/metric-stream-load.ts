// Test helper until `ingest` reads metric files (issue 17 item 1, the metrics branch): loads the
// generator's CloudWatch Metric Streams files (core/synth/metrics.ts: one JSON object a line,
// gzipped, one daily record of max/min/sum/count per instance and metric) into resource_metrics
// the way migration 071 shapes them: period_start the day, period_seconds 86,400, average =
// sum ÷ count. Parsed here, not by DuckDB: a workspace has file access turned off.
import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';

export const SECONDS_PER_DAY = 86_400;
const BATCH = 800;

interface StreamRecord {
  account_id: string;
  region?: string;
  namespace: string;
  metric_name: string;
  dimensions: { InstanceId: string };
  timestamp: number;
  value: { max: number; min: number; sum: number; count: number };
  unit: string;
}

export async function loadMetricStreamFiles(ws: Workspace, folder: string): Promise<number> {
  let loaded = 0;
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json.gz')).sort()) {
    const records = gunzipSync(readFileSync(joinPath(folder, name))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as StreamRecord);
    for (let i = 0; i < records.length; i += BATCH) {
      const rows = records.slice(i, i + BATCH).map((r) => {
        const start = new Date(r.timestamp).toISOString().replace('T', ' ').replace('Z', '');
        return sql`(0, ${r.dimensions.InstanceId}, ${r.account_id}, ${r.region ?? null}, ${r.namespace}, ${r.metric_name}, CAST(${start} AS TIMESTAMP), ${SECONDS_PER_DAY},
          ${r.value.max}, ${r.value.sum / r.value.count}, ${r.value.min}, ${r.value.count}, ${r.unit})`;
      });
      await ws.db.run(sql`INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds, maximum, average, minimum, sample_count, unit) VALUES ${join(rows)}`);
      loaded += rows.length;
    }
  }
  return loaded;
}
