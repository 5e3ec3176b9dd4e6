// The pivot benchmark's workspace: N line items written straight into focus by DuckDB, with
// the correlations a real organisation's bill has (each account runs a dozen of the 40
// services, mostly in its home region; its team tag and business unit cost category follow the
// account), over six months of hourly charges. Deterministic:
// every value is a hash of the line number. Built once per (lines, version) and kept in .cache/.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql, trusted } from '../../core/sql/index.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { pivotAggregatesFresh, rebuildPivotAggregates } from '../../core/engines/pivot/index.ts';

// 2: AWS cost categories (x_CostCategories) on every line, for the cost-category case
const VERSION = 2;
const SERVICES = Array.from({ length: 40 }, (_, i) => `Service ${String(i).padStart(2, '0')}`);
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-central-1', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'];
const TEAMS = ['payments', 'search', 'platform', 'data', 'mobile', 'web', 'ml', 'security'];
const BUSINESS_UNITS = ['Retail', 'Wholesale', 'Marketplace', 'Logistics', 'Corporate', 'Research'];
const HOURS = 181 * 24; // 2026-01-01 .. 2026-06-30

export function workspacePath(lines: number): string {
  return join(process.cwd(), '.cache', 'bench', `pivot-${lines}-v${VERSION}.duckdb`);
}

const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

// Constant SQL: every name in it is one of the constants above, none is user data.
function fillSql(lines: number): string {
  return `INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd", "ProviderName",
    "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "ServiceCategory", "RegionId",
    "ChargeCategory", "ResourceId", "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ConsumedQuantity", "Tags", "x_CostCategories", "x_ImportId")
  SELECT t, t + INTERVAL 1 HOUR, date_trunc('month', t), date_trunc('month', t) + INTERVAL 1 MONTH, 'AWS',
    '100000000000', 'USD', CAST(200000000000 + acct AS VARCHAR), 'account-' || lpad(CAST(acct AS VARCHAR), 2, '0'),
    ${list(SERVICES)}[1 + (acct * 7 + svc * 3) % 40], 'Compute',
    CASE WHEN hash(i + 2) % 5 = 0 THEN 'us-east-1' ELSE ${list(REGIONS)}[1 + acct % 12] END,
    cat, 'r-' || CAST(hash(i + 6) % 200000 AS VARCHAR),
    CAST(cost * 1.1 AS DECIMAL(38, 12)), CAST(cost AS DECIMAL(38, 12)), CAST(cost * 1.3 AS DECIMAL(38, 12)), CAST(cost * 1.1 AS DECIMAL(38, 12)),
    CAST((hash(i + 7) % 1000) / 10 AS DECIMAL(38, 12)),
    map(['Team', 'Env'], [${list(TEAMS)}[1 + acct % 8], CASE WHEN acct % 3 = 0 THEN 'prod' ELSE 'dev' END]),
    map(['BusinessUnit'], [${list(BUSINESS_UNITS)}[1 + acct % 6]]), 1
  FROM (
    SELECT i, TIMESTAMP '2026-01-01' + to_hours(CAST(hash(i + 5) % ${HOURS} AS BIGINT)) AS t,
      CAST(hash(i + 1) % 50 AS INTEGER) AS acct,
      CAST(floor(power((hash(i) % 10000) / 10000.0, 2) * 12) AS INTEGER) AS svc,
      CASE WHEN hash(i + 3) % 100 < 97 THEN 'Usage' WHEN hash(i + 3) % 100 < 99 THEN 'Tax' ELSE 'Credit' END AS cat,
      (CASE WHEN hash(i + 3) % 100 >= 99 THEN -1 ELSE 1 END) * CAST(hash(i + 4) % 100000 AS DECIMAL(18, 3)) / 1000 AS cost
    FROM range(${lines}) r(i)
  )`;
}

/** Opens (building on first use) the benchmark workspace of `lines` line items. */
export async function benchWorkspace(lines: number, log: (s: string) => void): Promise<Workspace> {
  const path = workspacePath(lines);
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.building`;
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
    const started = Date.now();
    const ws = await Workspace.open(tmp);
    await ws.db.run(trusted(fillSql(lines)));
    log(`built ${lines.toLocaleString('en-US')} lines in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const aggStart = Date.now();
    await ws.db.transaction(() => rebuildPivotAggregates(ws.db));
    const aggRows = await ws.db.value(sql`SELECT count(*) FROM pivot_agg`);
    log(`built the daily aggregate (${aggRows} rows) in ${((Date.now() - aggStart) / 1000).toFixed(1)} s`);
    await ws.db.run(trusted('CHECKPOINT'));
    ws.close();
    renameSync(tmp, path);
  }
  const ws = await Workspace.open(path);
  // a migration that changes the aggregate (031: tag sets) marks it unbuilt: rebuild it once here
  if (!(await pivotAggregatesFresh(ws.db))) {
    const started = Date.now();
    await ws.db.transaction(() => rebuildPivotAggregates(ws.db));
    await ws.db.run(trusted('CHECKPOINT'));
    log(`rebuilt the daily aggregate in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return ws;
}

export interface WorkspaceBenchOptions {
  lines?: number;
  runs?: number;
  log?: (s: string) => void;
}

/** Runs `work` on the bench workspace of BENCH_LINES lines (10M), BENCH_RUNS runs (3) unless given, and closes it. */
export async function onBenchWorkspace<T>(options: WorkspaceBenchOptions, work: (ws: Workspace, o: Required<WorkspaceBenchOptions>) => Promise<T>): Promise<T> {
  const lines = options.lines ?? Number(process.env.BENCH_LINES ?? 10_000_000);
  const runs = options.runs ?? Number(process.env.BENCH_RUNS ?? 3);
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const ws = await benchWorkspace(lines, log);
  try {
    return await work(ws, { lines, runs, log });
  } finally {
    ws.close();
  }
}
