// `generate --out DIR` then `ingest DIR` loads everything (issue 17, item 1): the bill and the
// CloudWatch Metric Streams files beside it. The loaded metrics are checked against the
// generator's own output (its metric records, read here) and its truth.json (each instance's peaks).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../core/synth/index.ts';
import { readTruth } from '../../core/synth/round-trip.ts';
import type { TruthDoc } from '../../core/synth/truth-doc.ts';
import { removeMetricsImport } from '../../core/ingest/metrics/index.ts';
import { openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

interface StreamRecord { account_id: string; region: string; namespace: string; metric_name: string; dimensions: { InstanceId: string }; timestamp: number; value: { max: number; min: number; sum: number; count: number }; unit: string }

const dir = tempDir('fw-metrics-synth-');
let gen: GenerateResult;
let truth: TruthDoc;
let records: StreamRecord[];
let t: TestWorkspace;

beforeAll(async () => {
  gen = await generate({ out: join(dir, 'out'), months: 2, seed: 5, scale: 3000, grain: 'daily' });
  truth = readTruth(gen.truthPath);
  const folder = join(gen.out, 'cloudwatch');
  records = readdirSync(folder).sort().flatMap((f) => gunzipSync(readFileSync(join(folder, f))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as StreamRecord));
  t = await openTestWorkspace();
}, 300_000);

afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a generated workspace, ingested whole', () => {
  it('loads the bill and every metric file of the output folder', async () => {
    const r = await t.api.ingest({ paths: [gen.out] });
    const metricFiles = r.files.filter((f) => f.format === 'cloudwatch-metric-stream-json');
    expect(metricFiles.map((f) => [f.path.slice(gen.out.length + 1), f.status])).toEqual(gen.metricFiles.map((p) => [p, 'loaded']));
    expect(metricFiles.map((f) => f.billingPeriods)).toEqual(gen.months.map((m) => [m]));
    expect(r.files.find((f) => f.path.endsWith('truth.json'))?.status).toBe('skipped');
    // one row per record the generator wrote: a resource, metric and day each
    const [{ n }] = (await query(t.api, 'SELECT count(*)::INTEGER AS n FROM resource_metrics')) as [{ n: number }];
    expect(n).toBe(records.length);
    expect(n).toBeGreaterThan(1000);
    expect(metricFiles.reduce((s, f) => s + f.rows, 0)).toBe(records.length);
    // every instance the metrics name is in the bill loaded with them
    expect(metricFiles.flatMap((f) => f.warnings ?? []).filter((w) => w.includes('not in the loaded bill'))).toEqual([]);
  });

  it('keeps one record as the stream wrote it: a day, its maximum, minimum, count and sum / count as the average', async () => {
    const rec = records[0]!;
    const rows = await query(t.api, `SELECT account_id, region, namespace, unit, period_seconds, strftime(period_start, '%Y-%m-%d %H:%M') AS start, maximum, minimum, sample_count, average
      FROM resource_metrics WHERE resource_id = '${rec.dimensions.InstanceId}' AND metric = '${rec.metric_name}' AND epoch_ms(period_start) = ${rec.timestamp}`);
    expect(rows).toEqual([{
      account_id: rec.account_id, region: rec.region, namespace: rec.namespace, unit: rec.unit, period_seconds: 86400,
      start: new Date(rec.timestamp).toISOString().slice(0, 16).replace('T', ' '),
      maximum: rec.value.max, minimum: rec.value.min, sample_count: rec.value.count, average: rec.value.sum / rec.value.count,
    }]);
  });

  it("shows each instance's true peaks of truth.json as the maxima of its CPU and memory", async () => {
    const instances = truth.rightsizing.instances;
    expect(instances.length).toBeGreaterThanOrEqual(3);
    const rows = await query(t.api, `SELECT resource_id, max(maximum) FILTER (WHERE metric = 'CPUUtilization') AS cpu, max(maximum) FILTER (WHERE metric = 'mem_used_percent') AS mem
      FROM resource_metrics GROUP BY resource_id`);
    const byId = new Map(rows.map((r) => [r.resource_id as string, r]));
    for (const i of instances) {
      expect(byId.get(i.resourceId ?? ''), i.resourceId ?? '').toMatchObject({ cpu: i.cpuPeakPercent, mem: i.memoryPeakPercent });
    }
  });

  it('changes nothing when the same folder is ingested again (duplicates, not doubled rows)', async () => {
    const again = await t.api.ingest({ paths: [gen.out] });
    expect(again.files.filter((f) => f.format === 'cloudwatch-metric-stream-json').map((f) => f.status)).toEqual(gen.metricFiles.map(() => 'duplicate'));
    const [{ n }] = (await query(t.api, 'SELECT count(*)::INTEGER AS n FROM resource_metrics')) as [{ n: number }];
    expect(n).toBe(records.length);
  });

  it('removes an import and its rows, and keeps it in the history as removed', async () => {
    const [first] = (await query(t.api, `SELECT id::INTEGER AS id, rows::INTEGER AS rows FROM imports WHERE format = 'cloudwatch-metric-stream-json' ORDER BY id LIMIT 1`)) as [{ id: number; rows: number }];
    const r = await removeMetricsImport(t.ws, first.id);
    expect(r.rowsRemoved).toBe(first.rows);
    expect(await query(t.api, `SELECT count(*)::INTEGER AS n FROM resource_metrics WHERE import_id = ${first.id}`)).toEqual([{ n: 0 }]);
    expect(await query(t.api, `SELECT status FROM imports WHERE id = ${first.id}`)).toEqual([{ status: 'removed' }]);
  });
});
