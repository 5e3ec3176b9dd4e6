// Commitments what-if benchmark (issue 16): 90 days of hourly usage in a real workspace's focus
// table (72 EC2 series: 8 instance types × 3 regions × 3 accounts, with a daily pattern; Fargate,
// Lambda and RDS beside them; a Compute Savings Plan held covering a quarter of the EC2 series, with its
// hourly Unused rows), then 50 candidate commitments (20 Compute SPs, 15 EC2 Instance SPs, 15 RIs
// by units) each simulated hour by hour over the 2,160 hours after the plan held, as the
// optimizer does. Timed: reading the cells × hours matrix (pool-matrix.ts) and the 50
// simulations (scenario.ts), wall and CPU time. Baseline in the same run: bare DuckDB doing the
// same scan (usage by region, instance type, commitment and hour, read into JavaScript).
// Target: the 50 simulations under 0.5 s (printed cold, the first in the process, and warm).
// Run alone: npx tsx test/bench/commitments.bench.ts [--json]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOUR_MS, loadPoolMatrix } from '../../core/engines/commitments/pool-matrix.ts';
import { simulateScenario, type Addition } from '../../core/engines/commitments/scenario.ts';
import { sql } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';

export const COMMITMENTS_TARGET_SECONDS = 0.5;
const DAYS = 90;
const CANDIDATES = 50;
const FIRST = '2025-09-01';
/** The instance types of the EC2 series and their on-demand $/h in us-east-1 (other regions +10%), as in the SQL below. */
const TYPES = ['m5.large', 'm5.xlarge', 'm5.2xlarge', 'c5.large', 'c5.xlarge', 'r5.large', 'm6i.large', 't3.medium'];
const PRICES = [0.096, 0.192, 0.384, 0.085, 0.17, 0.126, 0.096, 0.0416];
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];
const SP = 'arn:aws:savingsplans::111111111111:savingsplan/sp-bench';

async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

const dir = mkdtempSync(join(tmpdir(), 'commitments-bench-'));
const file = join(dir, 'bench.duckdb');
const ws = await Workspace.open(file);
let closed = false;
try {
  const columns = sql`"ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId",
    "ServiceName", "RegionId", "x_UsageType", "x_Operation", "x_InstanceType", "PricingQuantity", "BilledCost", "EffectiveCost", "ListCost", "ContractedCost",
    "ChargeCategory", "ChargeFrequency", "x_LineItemType", "x_ImportId", "CommitmentDiscountId", "CommitmentDiscountStatus", "CommitmentDiscountType", "PricingCategory"`;
  // s: series (type k = s % 8, region s / 8 % 3, account s / 24), h: hour. Instances: 2-12 by series, ×1.5 from 08:00 to 20:00 UTC.
  // Every 4th series is covered by the Compute SP held at 75% of on demand.
  await ws.db.run(sql`INSERT INTO focus (${columns})
    SELECT t, t + INTERVAL 1 HOUR, date_trunc('month', t), date_trunc('month', t) + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD', 'acct-' || (s // 24),
      'Amazon Elastic Compute Cloud', region, 'BoxUsage:' || itype, 'RunInstances', itype, n, CASE WHEN covered THEN 0 ELSE c END, CASE WHEN covered THEN c * 0.75 ELSE c END, c, c,
      'Usage', 'Usage-Based', CASE WHEN covered THEN 'SavingsPlanCoveredUsage' ELSE 'Usage' END, 1,
      CASE WHEN covered THEN ${SP} END, CASE WHEN covered THEN 'Used' END, CASE WHEN covered THEN 'Savings Plan' END, CASE WHEN covered THEN 'Committed' ELSE 'Standard' END
    FROM (SELECT s, h, CAST(${FIRST} AS TIMESTAMP) + h * INTERVAL 1 HOUR AS t, s % 4 = 0 AS covered,
        ['m5.large', 'm5.xlarge', 'm5.2xlarge', 'c5.large', 'c5.xlarge', 'r5.large', 'm6i.large', 't3.medium'][s % 8 + 1] AS itype,
        ['us-east-1', 'eu-west-1', 'us-west-2'][(s // 8) % 3 + 1] AS region,
        (2 + s % 11) * (CASE WHEN h % 24 BETWEEN 8 AND 19 THEN 1.5 ELSE 1 END) AS n,
        CAST(round((2 + s % 11) * (CASE WHEN h % 24 BETWEEN 8 AND 19 THEN 1.5 ELSE 1 END) * [0.096, 0.192, 0.384, 0.085, 0.17, 0.126, 0.096, 0.0416][s % 8 + 1]
          * (CASE WHEN (s // 8) % 3 = 0 THEN 1 ELSE 1.1 END), 6) AS DECIMAL(38, 12)) AS c
      FROM range(72) r1(s), range(${DAYS * 24}) r2(h))`);
  // Fargate, Lambda and an RDS instance per region, on demand
  await ws.db.run(sql`INSERT INTO focus (${columns})
    SELECT t, t + INTERVAL 1 HOUR, date_trunc('month', t), date_trunc('month', t) + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD', 'acct-0',
      svc, region, ut, NULL, NULL, 1, c, c, c, c, 'Usage', 'Usage-Based', 'Usage', 1, NULL, NULL, NULL, 'Standard'
    FROM (SELECT CAST(${FIRST} AS TIMESTAMP) + h * INTERVAL 1 HOUR AS t, ['us-east-1', 'eu-west-1', 'us-west-2'][k % 3 + 1] AS region,
        ['AWS Fargate', 'AWS Lambda', 'Amazon Relational Database Service'][k // 3 + 1] AS svc,
        ['USE1-Fargate-vCPU-Hours:perCPU', 'USE1-Lambda-GB-Second', 'USE1-InstanceUsage:db.r6g.large'][k // 3 + 1] AS ut,
        CAST([0.8, 0.5, 0.26][k // 3 + 1] * (1 + (h % 24) / 24.0) AS DECIMAL(38, 12)) AS c
      FROM range(9) r1(k), range(${DAYS * 24}) r2(h))`);
  // the plan's unused part each hour: $30/h less what it used
  await ws.db.run(sql`INSERT INTO focus (${columns})
    SELECT s, s + INTERVAL 1 HOUR, date_trunc('month', s), date_trunc('month', s) + INTERVAL 1 MONTH, 'AWS', '111111111111', 'USD', '111111111111',
      'Amazon Elastic Compute Cloud', NULL, 'ComputeSP:1yrNoUpfront', NULL, NULL, 1, 0, greatest(0, 30 - used), 0, 0, 'Usage', 'Usage-Based', 'SavingsPlanUnused', 1, ${SP}, 'Unused', 'Savings Plan', 'Committed'
    FROM (SELECT "ChargePeriodStart" AS s, sum("EffectiveCost") AS used FROM focus WHERE "CommitmentDiscountId" = ${SP} GROUP BY ALL)`);
  await ws.db.run(sql`CHECKPOINT`);
  const rows = Number(await ws.db.value(sql`SELECT count(*) FROM focus`));
  const mb = statSync(file).size / 1e6;

  const fromMs = Date.parse(`${FIRST}T00:00:00Z`);
  const window = { fromMs, toMs: fromMs + DAYS * 24 * HOUR_MS };
  // the same scan, bare: usage by region, instance type, commitment and hour, into JavaScript
  const bare = await timed(async () => (await ws.db.read(sql`SELECT "RegionId", "x_InstanceType", "CommitmentDiscountId", date_trunc('hour', "ChargePeriodStart") AS hour, sum("ListCost") AS od
    FROM focus WHERE "ChargeCategory" = 'Usage' AND "CommitmentDiscountStatus" IS DISTINCT FROM 'Unused' GROUP BY ALL`)).getColumnsJS());
  const load = await timed(() => loadPoolMatrix(ws.db, window, 'List'));
  const m = load.value;
  // the simulations are JavaScript only: close DuckDB first, so its idle worker threads count in no CPU time
  ws.close();
  closed = true;
  const candidates: Addition[] = [];
  for (let i = 0; i < CANDIDATES; i++) {
    const common = { id: `c${i}`, term: '1y', payment: 'NoUpfront', startIndex: 0 } as const;
    if (i < 20) candidates.push({ ...common, type: 'ComputeSavingsPlan', scope: { region: null, family: null, instanceType: null, sizeFlexible: false }, hourlyCommitment: 2 * (i + 1), rate: 0.72 });
    else if (i < 35) candidates.push({ ...common, type: 'EC2InstanceSavingsPlan', scope: { region: REGIONS[i % 3]!, family: ['m5', 'c5', 'r5', 'm6i', 't3'][i % 5]!, instanceType: null, sizeFlexible: false }, hourlyCommitment: 0.5 * (i - 19), rate: 0.64 });
    else candidates.push({ ...common, type: 'ReservedInstance', scope: { region: REGIONS[i % 3]!, family: TYPES[i % 8]!.split('.')[0]!, instanceType: TYPES[i % 8]!, sizeFlexible: true }, hourlyCommitment: PRICES[i % 8]! * (i - 34) * 0.625, rate: 0.625 });
  }
  // cold: the first request in a process (V8 compiles the loop meanwhile, on threads counted as CPU); warm: the next one
  const sims = await timed(() => candidates.map((c) => simulateScenario(m, [c], new Set())));
  const warm = await timed(() => candidates.map((c) => simulateScenario(m, [c], new Set())));
  const coverage = sims.value.map((o) => o.coverageAfter ?? 0);
  const ratio = (load.seconds) / bare.seconds;
  process.stderr.write(`commitments: workspace ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB; ${m.hours.length.toLocaleString('en-US')} hours × ${m.cells.length} cells, ${m.held.length} commitment held.\n`
    + `  ${CANDIDATES} candidates simulated in ${(sims.seconds * 1000).toFixed(0)} ms (${(sims.cpuSeconds * 1000).toFixed(0)} ms CPU) cold, ${(warm.seconds * 1000).toFixed(0)} ms (${(warm.cpuSeconds * 1000).toFixed(0)} ms CPU) warm; target < ${COMMITMENTS_TARGET_SECONDS * 1000} ms${sims.seconds < COMMITMENTS_TARGET_SECONDS ? ' met' : ' NOT met'} cold;`
    + ` coverage after from ${(Math.min(...coverage) * 100).toFixed(1)}% to ${(Math.max(...coverage) * 100).toFixed(1)}%.\n`
    + `  reading the matrix ${(load.seconds * 1000).toFixed(0)} ms (${(load.cpuSeconds * 1000).toFixed(0)} ms CPU); bare DuckDB scan ${(bare.seconds * 1000).toFixed(0)} ms (${(bare.cpuSeconds * 1000).toFixed(0)} ms CPU), ratio ${ratio.toFixed(1)}×.\n`);
  const result = {
    rows, workspaceMB: mb, hours: m.hours.length, cells: m.cells.length, candidates: CANDIDATES,
    simulateSeconds: sims.seconds, simulateCpuSeconds: sims.cpuSeconds, warmSimulateSeconds: warm.seconds, warmSimulateCpuSeconds: warm.cpuSeconds, loadSeconds: load.seconds, loadCpuSeconds: load.cpuSeconds,
    bareScanSeconds: bare.seconds, bareScanCpuSeconds: bare.cpuSeconds, ratioLoadToBareScan: ratio, targetSeconds: COMMITMENTS_TARGET_SECONDS,
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  if (!closed) ws.close();
  rmSync(dir, { recursive: true, force: true });
}
