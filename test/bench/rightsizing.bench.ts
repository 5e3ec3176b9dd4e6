// Rightsizing benchmark (issue 17): 10,000 instances × 93 days of hourly metrics in a real
// workspace's resource_metrics (CPUUtilization and mem_used_percent hourly, the fitted ones: 44.6
// million rows; NetworkIn/Out daily, as the generator writes them: 1.9 million) and 93 daily
// instance-hours lines each in focus. Timed: the whole `run` over a 93-day lookback at p95, wall
// and CPU time (the machine may be shared: CPU time and the ratio are what compare). Baseline in
// the same run: a bare DuckDB scan of the same rows, GROUP BY resource and metric with max and
// avg (what any reading of the metrics costs); both after one untimed scan, so neither pays the
// first read from disk. Then each stage of a run alone, with its share. Target: under 5 s.
// Run alone: npx tsx test/bench/rightsizing.bench.ts [--json]   (BENCH_INSTANCES=1000 for a quick look)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalog } from '../../core/engines/rightsizing/instance-types.ts';
import { readBilledInstances, readOnDemandRates } from '../../core/engines/rightsizing/read-bill.ts';
import { readMetrics, readWindow } from '../../core/engines/rightsizing/read-metrics.ts';
import { parseRightsizeSpec, run } from '../../core/engines/rightsizing/run.ts';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';

export const RIGHTSIZE_TARGET_SECONDS = 5;
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 10_000);
const DAYS = 93;
const FIRST = '2026-06-01';
const TYPES = ['m5.xlarge', 'm6i.2xlarge', 'c6i.xlarge', 'r6i.2xlarge', 't3.large'];

const dir = mkdtempSync(join(tmpdir(), 'bench-rightsize-'));
const ws = await Workspace.open(join(dir, 'workspace.duckdb'));

function seconds<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return f().then((value) => {
    const c = process.cpuUsage(c0);
    return { value, wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  });
}

try {
  const load = await seconds(async () => {
    // Instance i: CPU peaks between 2% and 92% by its id, each hour a hashed share of that; memory likewise; network in bytes.
    await ws.db.run(sql`
      INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds, maximum, average, minimum, sample_count, unit)
      SELECT 0, 'i-' || lpad(to_hex(i), 17, '0'), '1000000' || lpad(CAST(i % 50 AS VARCHAR), 5, '0'), 'us-east-1', m.ns, m.metric,
        CAST(${FIRST} AS TIMESTAMP) + to_hours(h), 3600,
        m.scale * (2 + (i * 37 % 91)) * (0.5 + (hash(i, h, m.metric) % 1000) / 2000.0), m.scale * (i % 7 + 1), 0, 60, m.unit
      FROM range(${INSTANCES}) AS a(i), range(${DAYS * 24}) AS b(h),
        (VALUES ('AWS/EC2', 'CPUUtilization', 1.0, 'Percent'), ('CWAgent', 'mem_used_percent', 0.8, 'Percent')) AS m(ns, metric, scale, unit)`);
    await ws.db.run(sql`
      INSERT INTO resource_metrics (import_id, resource_id, account_id, region, namespace, metric, period_start, period_seconds, maximum, average, minimum, sample_count, unit)
      SELECT 0, 'i-' || lpad(to_hex(i), 17, '0'), '1000000' || lpad(CAST(i % 50 AS VARCHAR), 5, '0'), 'us-east-1', 'AWS/EC2', m.metric,
        CAST(${FIRST} AS TIMESTAMP) + to_days(d), 86400, m.scale * (1 + i % 13), m.scale * (i % 7 + 1) / 1440, 0, 1440, 'Bytes'
      FROM range(${INSTANCES}) AS a(i), range(${DAYS}) AS b(d), (VALUES ('NetworkIn', 1e6), ('NetworkOut', 5e5)) AS m(metric, scale)`);
    await ws.db.run(sql`
      INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId", "BillingCurrency",
        "SubAccountId", "ServiceName", "x_ServiceCode", "RegionId", "x_UsageType", "x_InstanceType", "ResourceId", "ChargeCategory", "ConsumedQuantity", "PricingUnit",
        "EffectiveCost", "ListCost", "x_ImportId")
      SELECT CAST(${FIRST} AS TIMESTAMP) + to_days(d), CAST(${FIRST} AS TIMESTAMP) + to_days(d + 1), date_trunc('month', CAST(${FIRST} AS TIMESTAMP) + to_days(d)),
        date_trunc('month', CAST(${FIRST} AS TIMESTAMP) + to_days(d)) + INTERVAL 1 MONTH, 'AWS', '100000000000', 'USD',
        '1000000' || lpad(CAST(i % 50 AS VARCHAR), 5, '0'), 'Amazon Elastic Compute Cloud', 'AmazonEC2', 'us-east-1', 'BoxUsage:' || t, t, 'i-' || lpad(to_hex(i), 17, '0'), 'Usage', 24, 'Hrs',
        CAST(0.1 * 24 AS DECIMAL(38, 12)), CAST(0.1 * 24 AS DECIMAL(38, 12)), 1
      FROM range(${INSTANCES}) AS a(i), range(${DAYS}) AS b(d), (SELECT list_value(${TYPES[0]!}, ${TYPES[1]!}, ${TYPES[2]!}, ${TYPES[3]!}, ${TYPES[4]!}) AS types) AS c,
        LATERAL (SELECT c.types[1 + i % 5] AS t)`);
    await ws.db.run(sql`CHECKPOINT`);
  });
  const rows = Number(await ws.db.value(sql`SELECT count(*) FROM resource_metrics`));
  process.stderr.write(`rightsizing: ${rows.toLocaleString('en-US')} metric rows loaded in ${load.wall.toFixed(1)} s\n`);

  const bareScan = () => ws.db.all(sql`SELECT resource_id, metric, max(maximum) AS peak, avg(average) AS mean FROM resource_metrics GROUP BY resource_id, metric`);
  await bareScan();
  const spec = parseRightsizeSpec({ kind: 'rightsize', lookbackDays: DAYS, percentile: 'p95', headroomPct: 20 });
  const engine = await seconds(() => run(ws.db, spec));
  const bare = await seconds(bareScan);
  const r = engine.value;
  const fmt = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;
  process.stderr.write(
    `rightsizing: ${INSTANCES.toLocaleString('en-US')} instances × ${DAYS} days hourly, p95 over ${DAYS} days: ${fmt(engine)}, target < ${RIGHTSIZE_TARGET_SECONDS} s; ` +
      `bare DuckDB GROUP BY of the same rows ${fmt(bare)}, ratio ${(engine.wall / bare.wall).toFixed(1)}× (CPU ${(engine.cpu / bare.cpu).toFixed(1)}×); ` +
      `${r.summary.count} recommendations (${JSON.stringify(Object.fromEntries(Object.entries(r.summary.byAction).map(([k, v]) => [k, v.count])))}), ${r.warnings.length} warnings\n`,
  );
  // Each stage alone (the JS that assesses and orders is the run's rest).
  const window = await seconds(() => readWindow(ws.db, DAYS));
  const w = window.value!;
  const stages = {
    window,
    metrics: await seconds(() => readMetrics(ws.db, w, spec.percentile, spec.includeMemory)),
    bill: await seconds(() => readBilledInstances(ws.db, spec, w)),
    catalogAndRates: await seconds(async () => [await readCatalog(ws.db), await readOnDemandRates(ws.db)]),
  };
  const stageCpu = Object.values(stages).reduce((s, t) => s + t.cpu, 0);
  const rest = Math.max(0, engine.cpu - stageCpu);
  process.stderr.write(
    `rightsizing stages (CPU, share of the run's): ${Object.entries(stages).map(([k, t]) => `${k} ${t.cpu.toFixed(2)} s ${((100 * t.cpu) / engine.cpu).toFixed(0)}%`).join(', ')}, ` +
      `assess and order ${rest.toFixed(2)} s ${((100 * rest) / engine.cpu).toFixed(0)}%\n`,
  );
  const result = {
    instances: INSTANCES, days: DAYS, metricRows: rows, seconds: engine.wall, cpuSeconds: engine.cpu, bareSeconds: bare.wall, bareCpuSeconds: bare.cpu,
    ratio: engine.wall / bare.wall, cpuRatio: engine.cpu / bare.cpu, targetSeconds: RIGHTSIZE_TARGET_SECONDS, meetsTarget: engine.wall < RIGHTSIZE_TARGET_SECONDS, recommendations: r.summary.count,
    stageCpuSeconds: { ...Object.fromEntries(Object.entries(stages).map(([k, t]) => [k, t.cpu])), assessAndOrder: rest },
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
