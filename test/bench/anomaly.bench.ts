// Anomaly benchmark (issue 15): 5,000 daily series of 365 days in a real workspace's focus table
// (one line per usage type and day: 5,000 usage types in 50 accounts, 20 services, 5 regions, so
// the engine watches 5,000 usage types plus the total, accounts, services, regions and pairs),
// with a weekly pattern, ±2.5% noise, and injected anomalies (a one-day spike in every 50th usage
// type, a level shift in every 97th). Timed: the whole `run` (detection, root causes, incidents,
// records), wall and CPU time (the machine may be shared: CPU time is the steadier figure).
// Baseline in the same run: a bare DuckDB GROUP BY of the same data by usage type and day.
// Also printed: precision, recall and root-cause top-1 against the injected anomalies, and the
// same on generated organisations (core/synth, seeds TRUTH_SEEDS) against their truth.json,
// judged as the truth test does (test/support/anomaly-truth.ts). Target: under 2 s.
// Run alone: npx tsx test/bench/anomaly.bench.ts [--json]   (BENCH_SEEDS=5,11 picks the seeds)
import { mkdtempSync, rmSync } from 'node:fs';
import '../../core/engines/register.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDailyLeaves } from '../../core/engines/anomaly/daily-leaves.ts';
import { detectInSeries } from '../../core/engines/anomaly/detect.ts';
import { groupIncidents } from '../../core/engines/anomaly/incidents.ts';
import { recordIncidents } from '../../core/engines/anomaly/records.ts';
import { rootCauses } from '../../core/engines/anomaly/root-cause.ts';
import { parseAnomalySpec, run } from '../../core/engines/anomaly/run.ts';
import { buildSeries } from '../../core/engines/anomaly/series.ts';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { generateAndIngest } from '../../core/synth/round-trip.ts';
import { scoreAgainstTruth, type TruthScore } from '../support/anomaly-truth.ts';

export const ANOMALY_TARGET_SECONDS = 2;
const SERIES = Number(process.env.BENCH_SERIES ?? 5000);
const DAYS = 365;
const FIRST = '2025-10-01';
const SPIKE_EVERY = 50;
const SHIFT_EVERY = 97;
/** Generated organisations judged against truth.json: the truth test's bill (daily, 4 months, 150,000 lines). */
const TRUTH_SEEDS = (process.env.BENCH_SEEDS ?? '5,11').split(',').map(Number);
const TRUTH_BILL = { months: 4, scale: 150_000, grain: 'daily', format: 'focus-csv', metrics: false, start: '2026-06' } as const;

/** Wall and CPU seconds of `f` (CPU: this process, DuckDB's threads included). */
async function timed<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

const dir = mkdtempSync(join(tmpdir(), 'anomaly-bench-'));
const ws = await Workspace.open(join(dir, 'bench.duckdb'));
try {
  // u: usage type index, d: day index. Base $20-$520 a day, weekends 0.7, noise ±2.5% (a hash);
  // a spike (+150% and at least $150) on day 200 + u % 150 of every SPIKE_EVERY-th usage type,
  // a level shift (+80% and at least $150 a day) from day 120 + u % 200 of every SHIFT_EVERY-th
  await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId", "BillingCurrency",
      "SubAccountId", "SubAccountName", "ServiceName", "RegionId", "x_UsageType", "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "ChargeFrequency", "x_LineItemType", "x_ImportId")
    SELECT t, t + INTERVAL 1 DAY, date_trunc('month', t), date_trunc('month', t) + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD',
      'acct-' || (u % 50), 'acct-' || (u % 50), 'service-' || (u % 20), 'region-' || (u % 5), 'usage-' || u, c, c, c, c, 'Usage', 'Usage-Based', 'Usage', 1
    FROM (SELECT u, d, CAST(${FIRST} AS TIMESTAMP) + d * INTERVAL 1 DAY AS t,
      CAST(round((20 + (hash(u) % 500)) * (CASE WHEN dayofweek(CAST(${FIRST} AS DATE) + CAST(d AS INTEGER)) IN (0, 6) THEN 0.7 ELSE 1 END)
        * (1 + ((hash(u * 1000 + d) % 1000) / 1000.0 - 0.5) * 0.05)
        + CASE WHEN u % ${SPIKE_EVERY} = 0 AND d = 200 + u % 150 THEN greatest(150, 1.5 * (20 + (hash(u) % 500))) ELSE 0 END
        + CASE WHEN u % ${SHIFT_EVERY} = 0 AND d >= 120 + u % 200 THEN greatest(150, 0.8 * (20 + (hash(u) % 500))) ELSE 0 END, 4) AS DECIMAL(38, 12)) AS c
      FROM range(${SERIES}) r1(u), range(${DAYS}) r2(d))`);
  const injected: { usage: string; from: number; to: number }[] = [];
  for (let u = 0; u < SERIES; u++) {
    if (u % SPIKE_EVERY === 0 && 200 + (u % 150) < DAYS) injected.push({ usage: `usage-${u}`, from: 200 + (u % 150), to: 200 + (u % 150) });
    if (u % SHIFT_EVERY === 0 && 120 + (u % 200) < DAYS) injected.push({ usage: `usage-${u}`, from: 120 + (u % 200), to: DAYS - 1 });
  }

  // counted in DuckDB: the baseline moves no rows to JavaScript (the engine moves only anomalous days)
  const groupBy = await timed(() => ws.db.value(sql`SELECT count(*) FROM (SELECT "x_UsageType", CAST("ChargePeriodStart" AS DATE) AS day, sum("EffectiveCost") AS cost FROM focus GROUP BY ALL)`));
  const benchSpec = { kind: 'anomalies', costCategories: false, ownerTag: null } as const;
  const engine = await timed(() => run(ws.db, benchSpec));
  const r = engine.value;
  // the same steps one by one, as run() does them
  const spec = parseAnomalySpec(benchSpec);
  const leaves = await timed(() => loadDailyLeaves(ws.db, spec));
  const table = await timed(async () => buildSeries(spec, leaves.value));
  const detection = await timed(async () => detectInSeries(spec, table.value));
  const causes = await timed(() => rootCauses(ws.db, spec, detection.value.events));
  const grouped = await timed(async () => groupIncidents(detection.value.events, causes.value, detection.value.pairExcess));
  const records = await timed(() => recordIncidents(ws.db, spec, grouped.value.incidents));
  const steps = { 'one pass over focus (daily leaves)': leaves, 'series (JS)': table, 'baselines, band, thresholds, runs (JS)': detection, 'root causes': causes, incidents: grouped, records };
  const stepsCpu = Object.values(steps).reduce((t, x) => t + x.cpuSeconds, 0);
  const stages = Object.fromEntries(Object.entries(steps).map(([name, x]) => [name, { seconds: x.seconds, cpuSeconds: x.cpuSeconds, cpuShare: x.cpuSeconds / stepsCpu }]));

  const dayIndex = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${FIRST}T00:00:00Z`)) / 86_400_000);
  const matchOf = (a: (typeof r.anomalies)[number]) => injected.find((i) => i.usage === a.signature.x_UsageType && dayIndex(a.start) <= i.to && dayIndex(a.end) >= i.from);
  const hits = r.anomalies.filter((a) => matchOf(a));
  const found = new Set(hits.map((a) => matchOf(a)));
  const precision = r.anomalies.length ? hits.length / r.anomalies.length : 1;
  const recall = injected.length ? found.size / injected.length : 1;
  // usage-<u> is in acct-<u % 50>, service-<u % 20>, region-<u % 5>: the top cause must name one of them
  const causeOf = (usage: string) => { const u = Number(usage.slice('usage-'.length)); return [usage, `acct-${u % 50}`, `service-${u % 20}`, `region-${u % 5}`]; };
  const rootCauseTop1 = hits.length ? hits.filter((a) => causeOf(matchOf(a)!.usage).includes(a.rootCauses[0]?.value ?? '')).length / hits.length : 1;
  const ratio = engine.seconds / groupBy.seconds;
  const cpuRatio = engine.cpuSeconds / groupBy.cpuSeconds;
  process.stderr.write(`anomaly: ${SERIES} series × ${DAYS} days in ${engine.seconds.toFixed(2)} s (${engine.cpuSeconds.toFixed(2)} s CPU; target < ${ANOMALY_TARGET_SECONDS} s); bare GROUP BY ${(groupBy.seconds * 1000).toFixed(0)} ms (${(groupBy.cpuSeconds * 1000).toFixed(0)} ms CPU), ratio ${ratio.toFixed(1)}× (CPU ${cpuRatio.toFixed(1)}×); ${r.anomalies.length} anomalies for ${injected.length} injected: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}, root cause top-1 ${rootCauseTop1.toFixed(2)}\n`);

  process.stderr.write(`anomaly stages (CPU share): ${Object.entries(stages).map(([name, x]) => `${name} ${x.cpuSeconds.toFixed(2)} s (${(x.cpuShare * 100).toFixed(0)}%)`).join('; ')}\n`);

  const truth: (TruthScore & { seed: number; seconds: number })[] = [];
  for (const seed of TRUTH_SEEDS) {
    const gdir = join(dir, `seed-${seed}`);
    const rt = await generateAndIngest(gdir, { ...TRUTH_BILL, seed });
    try {
      const found = await timed(() => run(rt.ws.db, { kind: 'anomalies' }));
      const score = { seed, seconds: found.seconds, ...scoreAgainstTruth(found.value.anomalies, rt.truth) };
      truth.push(score);
      const planned = score.changes.filter((c) => c.effect === 'increase').reduce((n, c) => n + c.found, 0);
      process.stderr.write(`anomaly truth, seed ${seed} (${TRUTH_BILL.scale.toLocaleString('en-US')} lines, ${TRUTH_BILL.months} months daily): precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}, root cause top-1 ${score.rootCauseTop1.toFixed(2)} (${score.judged} judged, ${planned} declared launch, ${found.value.mixShiftCount} mix shift) in ${found.seconds.toFixed(2)} s\n`);
    } finally {
      rt.close();
    }
  }
  const result = {
    series: SERIES, days: DAYS, engineSeconds: engine.seconds, engineCpuSeconds: engine.cpuSeconds, groupBySeconds: groupBy.seconds, groupByCpuSeconds: groupBy.cpuSeconds,
    ratioToGroupBy: ratio, cpuRatioToGroupBy: cpuRatio, targetSeconds: ANOMALY_TARGET_SECONDS, stages, injected: injected.length, anomalies: r.anomalies.length, precision, recall, rootCauseTop1, truth,
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
}
