// Chargeback benchmark (issue 19): one billing period's chargeback, as the Chargeback view runs
// it (the period and its previous month, for the change), on the pivot bench's 10-million-line
// workspace (pivot-workspace.ts: six months, about 1.7 million lines a month), with rules that use
// each kind of work: owner from tag:Team, else the BusinessUnit cost category; a Tax pool split
// proportionally, a shared-accounts pool split evenly, a services filter pool split by fixed
// percentages; credits to their owners. The workspace's lines are not stored in time order, so a
// period's run reads every line (a bill ingested month by month would let DuckDB skip the others).
// Timed: the whole `run` (rules checked against the workspace, both periods classified and summed
// exactly, split, cents, breakdowns by service, account and top resources, the result), wall and
// CPU, p50 of runs taken in turn with its bare baseline: the same scans written by hand as plain
// DuckDB (per period the source total and the sums by pool and owner; for the period the three
// breakdowns), read into JavaScript. Target: engine ≤ 1.5× its bare scans (p50, wall): the
// splitting and cents are arithmetic on a few hundred sums, so nearly all of a run should be the
// scans themselves; and under 3 s (the view previews the split as the rules are edited).
// Run alone: npx tsx test/bench/chargeback.bench.ts [--json]   (BENCH_LINES=1000000 for a quick run; BENCH_RUNS=N, 3)
import { pathToFileURL } from 'node:url';
import { run, type ChargebackRulesInput } from '../../core/engines/chargeback/index.ts';
import { trusted } from '../../core/sql/index.ts';
import { onBenchWorkspace, type WorkspaceBenchOptions } from './pivot-workspace.ts';
import { compareInTurn, logComparison, verdict, type Comparison } from './timing.ts';

export const CHARGEBACK_TARGETS = { ratio: 1.5, seconds: 3 } as const;

const PERIOD = '2026-03';
const PREVIOUS = '2026-02';
const SHARED_ACCOUNTS = ['200000000000', '200000000001'];
const SHARED_SERVICES = ['Service 00', 'Service 01'];
const RULES: ChargebackRulesInput = {
  formatVersion: 1,
  owner: { chain: [{ kind: 'tag', key: 'Team' }, { kind: 'costCategory', name: 'BusinessUnit' }] },
  basis: 'Effective',
  pools: [
    { name: 'Tax', match: { kind: 'tax' }, split: { method: 'proportional' } },
    { name: 'Shared platform accounts', match: { kind: 'accounts', accounts: SHARED_ACCOUNTS }, split: { method: 'even' } },
    { name: 'Shared services', match: { kind: 'filter', dimension: 'ServiceName', values: SHARED_SERVICES }, split: { method: 'fixed', percentages: { payments: 40, search: 30, platform: 30 } } },
  ],
  credits: 'owner',
};

const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const inPeriod = (p: string) => `"BillingPeriodStart" >= TIMESTAMP '${p}-01' AND "BillingPeriodStart" < TIMESTAMP '${p}-01' + INTERVAL 1 MONTH`;
// Each line's owner and pool, as plain expressions: the first pool that matches, else none (direct cost)
const classified = (p: string) => `(SELECT *, coalesce(nullif(trim("Tags"['Team']), ''), nullif(trim("x_CostCategories"['BusinessUnit']), '')) AS owner,
    CASE WHEN "ChargeCategory" = 'Tax' THEN 0 WHEN list_contains(${list(SHARED_ACCOUNTS)}, "SubAccountId") THEN 1
      WHEN list_contains(${list(SHARED_SERVICES)}, "ServiceName") THEN 2 END AS pool
  FROM focus WHERE ${inPeriod(p)})`;
const bareTotals = (p: string) => trusted(`SELECT "BillingCurrency", CAST(sum("EffectiveCost") AS VARCHAR) AS total, count(*) AS n FROM focus WHERE ${inPeriod(p)} GROUP BY ALL`);
const bareGroups = (p: string) => trusted(`SELECT pool, owner, CAST(sum("EffectiveCost") AS VARCHAR) AS amount FROM ${classified(p)} GROUP BY ALL`);
const DIRECT = `(SELECT * FROM ${classified(PERIOD)} WHERE pool IS NULL AND owner IS NOT NULL)`;
const BARE_BREAKDOWNS = [
  trusted(`SELECT owner, "ServiceName", CAST(sum("EffectiveCost") AS VARCHAR) AS cost FROM ${DIRECT} GROUP BY ALL`),
  trusted(`SELECT owner, "SubAccountId", max("SubAccountName") AS name, CAST(sum("EffectiveCost") AS VARCHAR) AS cost FROM ${DIRECT} GROUP BY owner, "SubAccountId"`),
  trusted(`SELECT owner, "ResourceId", max("ServiceName") AS service, CAST(sum("EffectiveCost") AS VARCHAR) AS cost FROM ${DIRECT} WHERE "ResourceId" IS NOT NULL
    GROUP BY owner, "ResourceId" QUALIFY row_number() OVER (PARTITION BY owner ORDER BY sum("EffectiveCost") DESC, "ResourceId") <= 10`),
];

export type ChargebackBenchResult = Comparison & {
  name: 'chargeback';
  lines: number;
  period: string;
  targets: typeof CHARGEBACK_TARGETS;
  met: { ratio: boolean; seconds: boolean };
  owners: number;
};

export function runChargebackBench(options: WorkspaceBenchOptions = {}): Promise<ChargebackBenchResult> {
  return onBenchWorkspace(options, async ({ db }, { lines, runs, log }) => {
    const spec = { period: PERIOD, rules: RULES } as const;
    const sample = await run(db, spec);
    const bare = async () => {
      const out: unknown[] = [];
      for (const p of [PERIOD, PREVIOUS]) out.push(await db.all(bareTotals(p)), await db.all(bareGroups(p)));
      for (const q of BARE_BREAKDOWNS) out.push(await db.all(q));
      return out;
    };
    const c = await compareInTurn(() => run(db, spec).then((r) => JSON.stringify(r)), bare, runs);
    const met = { ratio: c.ratio <= CHARGEBACK_TARGETS.ratio, seconds: c.engine.wall.p50 < CHARGEBACK_TARGETS.seconds * 1000 };
    logComparison(log, `chargeback of ${PERIOD} (and ${PREVIOUS}) on ${lines.toLocaleString('en-US')} lines (${runs} runs each, in turn): ${sample.allocations.length} owners, ${sample.pools.length} pools`,
      c, `target ≤ ${CHARGEBACK_TARGETS.ratio}: ${verdict(met.ratio)}; under ${CHARGEBACK_TARGETS.seconds} s: ${verdict(met.seconds)}`);
    return { name: 'chargeback', lines, period: PERIOD, ...c, targets: CHARGEBACK_TARGETS, met, owners: sample.allocations.length };
  });
}

export default runChargebackBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runChargebackBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
