// Tags audit benchmark (issue 19): the audit of one month (Effective cost; the Tags view's month
// choice; BENCH_PERIOD=all audits all six, about six times the work) on the pivot bench's
// 10-million-line workspace (pivot-workspace.ts: Team and Env tags on every line, the BusinessUnit cost category), against a policy that gives every status a share:
// Team allowed for 7 of its 8 values (the 8th is an invalid value), Env required as it is, and
// CostCenter read from the BusinessUnit cost category where no tag names it (5 of 6 units
// allowed: the 6th is missing). About a quarter of the cost fails, spread over most of the 200,000
// resources. The workspace's lines are not stored in time order, so a month's audit still reads every line.
// Timed: the whole `run` (policy, statuses, coverage by account/service/month, the offenders
// ranked, key and value variants, the result), wall and CPU, p50 of runs taken in turn with its
// bare baseline: the same three scans written by hand as plain DuckDB (coverage sums per key in the
// same GROUPING SETS, failing lines by resource ranked, tag entries summed by key and value), read
// into JavaScript. Target: engine ≤ 2× its bare scans (p50, wall) — the engine's extra work is the
// per-line status of each key (near-spelled keys, value rules, the cost-category stand-in) and the
// clustering of variants, which should cost no more than the scans themselves; and a month under
// 3 s on this workspace (choosing a month in the view reruns it).
// Run alone: npx tsx test/bench/tags.bench.ts [--json]   (BENCH_LINES=1000000 for a quick run; BENCH_RUNS=N, 3)
import { pathToFileURL } from 'node:url';
import { run } from '../../core/engines/tags/index.ts';
import type { TagPolicy } from '../../core/engines/tags/policy.ts';
import { trusted } from '../../core/sql/index.ts';
import { onBenchWorkspace, type WorkspaceBenchOptions } from './pivot-workspace.ts';
import { compareInTurn, logComparison, verdict, type Comparison } from './timing.ts';

export const TAGS_TARGETS = { ratio: 2, seconds: 3 } as const;
const PERIOD = process.env.BENCH_PERIOD === 'all' ? undefined : (process.env.BENCH_PERIOD ?? '2026-06');
const inPeriod = PERIOD ? `"ChargePeriodStart" >= TIMESTAMP '${PERIOD}-01' AND "ChargePeriodStart" < TIMESTAMP '${PERIOD}-01' + INTERVAL 1 MONTH` : 'true';

const ALLOWED_TEAMS = ['payments', 'search', 'platform', 'data', 'mobile', 'web', 'ml'];
const ALLOWED_UNITS = ['Retail', 'Wholesale', 'Marketplace', 'Logistics', 'Corporate'];
const POLICY: TagPolicy = {
  kind: 'tagPolicy',
  keys: [
    { key: 'Team', allowedValues: ALLOWED_TEAMS },
    { key: 'Env' },
    { key: 'CostCenter', costCategory: 'BusinessUnit', allowedValues: ALLOWED_UNITS },
  ],
} as TagPolicy;

const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
// The same checks as plain expressions: a key passes when its value is allowed (CostCenter: the tag, else the cost category)
const LINES = `WITH l AS (SELECT "SubAccountId" AS account, "ServiceName" AS service, strftime("ChargePeriodStart", '%Y-%m') AS m, "ResourceId" AS resource,
    "EffectiveCost" AS cost, coalesce("ResourceId" <> '', false) AND "ResourceId" IS DISTINCT FROM "CommitmentDiscountId" AS taggable,
    coalesce(list_contains(${list(ALLOWED_TEAMS)}, "Tags"['Team']), false) AS k0,
    coalesce(trim("Tags"['Env']) <> '', false) AS k1,
    coalesce(list_contains(${list(ALLOWED_UNITS)}, coalesce("Tags"['CostCenter'], "x_CostCategories"['BusinessUnit'])), false) AS k2
  FROM focus WHERE ${inPeriod})`;
const KEY_SUMS = ['k0', 'k1', 'k2', 'k0 AND k1 AND k2'].map((k, i) => `sum(cost) FILTER (WHERE ${k}) AS t${i}, sum(cost) FILTER (WHERE taggable AND ${k}) AS tt${i}`).join(', ');
const BARE_COVERAGE = trusted(`${LINES} SELECT account, service, m, sum(cost) AS total, sum(cost) FILTER (WHERE taggable) AS taggable, ${KEY_SUMS}
  FROM l GROUP BY GROUPING SETS ((), (account), (service), (m))`);
const BARE_OFFENDERS = trusted(`${LINES} SELECT resource, sum(cost) AS cost, bool_or(NOT k0) AS m0, bool_or(NOT k1) AS m1, bool_or(NOT k2) AS m2, count(*) OVER () AS n
  FROM l WHERE taggable AND NOT (k0 AND k1 AND k2) GROUP BY resource ORDER BY sum(cost) DESC, resource LIMIT 100`);
const BARE_ENTRIES = trusted(`SELECT e.key AS k, e.value AS v, sum(cost) AS c FROM (SELECT unnest(map_entries("Tags")) AS e, "EffectiveCost" AS cost FROM focus WHERE ${inPeriod}) GROUP BY ALL`);

export type TagsBenchResult = Comparison & {
  name: 'tags';
  lines: number;
  period: string | null;
  targets: typeof TAGS_TARGETS;
  met: { ratio: boolean; seconds: boolean };
  allKeysShare: number | null;
  offenderCount: number;
};

export function runTagsBench(options: WorkspaceBenchOptions = {}): Promise<TagsBenchResult> {
  return onBenchWorkspace(options, async ({ db }, { lines, runs, log }) => {
    const spec = { kind: 'tagAudit', policy: POLICY, ...(PERIOD ? { period: PERIOD } : {}) } as const;
    const sample = await run(db, spec);
    const bare = async () => [await db.all(BARE_COVERAGE), await db.all(BARE_OFFENDERS), await db.all(BARE_ENTRIES)];
    const c = await compareInTurn(() => run(db, spec).then((r) => JSON.stringify(r)), bare, runs);
    const met = { ratio: c.ratio <= TAGS_TARGETS.ratio, seconds: c.engine.wall.p50 < TAGS_TARGETS.seconds * 1000 };
    logComparison(log, `tags audit on ${lines.toLocaleString('en-US')} lines (${PERIOD ?? 'all months'}; ${runs} runs each, in turn): all keys ${((sample.allKeysShare ?? 0) * 100).toFixed(1)}%, ${sample.offenderCount.toLocaleString('en-US')} offenders`,
      c, `target ≤ ${TAGS_TARGETS.ratio}: ${verdict(met.ratio)}; under ${TAGS_TARGETS.seconds} s: ${verdict(met.seconds)}`);
    return { name: 'tags', lines, period: PERIOD ?? null, ...c, targets: TAGS_TARGETS, met, allKeysShare: sample.allKeysShare, offenderCount: sample.offenderCount };
  });
}

export default runTagsBench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runTagsBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
