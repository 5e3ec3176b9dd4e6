// run(db, spec): one period's chargeback. Steps (SPEC.md), each in its own file:
//   0 resolve-rules.ts, check-rules.ts  which rules; names checked against the workspace
//   1 owner-sql.ts                      each line's owner: the first source of the chain with a value
//   2 pool-match.ts, lines.ts           each line's pool (credits first), exact sums in DuckDB
//   3 allocate.ts, split.ts             direct cost, split coefficients, exact shares
//   4 cents.ts                          cents, by largest remainder (ties by owner name)
//   5 assemble.ts                       the result, breakdowns, the previous month
import { WorkbenchError } from '../../errors.ts';
import { ErrorCode } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { loadTagAliases, type TagAliasSet } from '../tags/aliases/effective.ts';
import { allocateExact, type ExactAllocation } from './allocate.ts';
import { assemble } from './assemble.ts';
import { checkRulesAgainstWorkspace } from './check-rules.ts';
import { roundAllocation, type CentGrid } from './cents.ts';
import { ChargebackErrorCode } from './errors.ts';
import { breakdowns, classifiedLinesSql, lineGroups, periodTotals, previousPeriodOf } from './lines.ts';
import { resolveRules } from './resolve-rules.ts';
import { clusterParts, type ClusterPart } from './kubernetes-source.ts';
import type { ChargebackResult } from './result.ts';
import type { ChargebackRules } from './rules.ts';
import { chargebackSpecSchema, type ChargebackSpec, type ChargebackSpecInput } from './spec.ts';

export interface PeriodAllocation {
  period: string;
  currency: string;
  sourceExact: bigint;
  exact: ExactAllocation;
  cents: CentGrid;
  /** The Kubernetes clusters of the owner chain, with their reconciliation. */
  clusters: ClusterPart[];
}

export function parseChargebackSpec(input: unknown): ChargebackSpec {
  const parsed = chargebackSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Invalid chargeback request: ${issues.join('; ')}`, { issues });
}

export async function run(db: Db, input: ChargebackSpecInput | ChargebackSpec): Promise<ChargebackResult> {
  const spec = parseChargebackSpec(input);
  const { rules, version } = await resolveRules(db, spec);
  const aliases = await loadTagAliases(db);
  await checkRulesAgainstWorkspace(db, rules, aliases);
  const current = await allocatePeriod(db, rules, aliases, spec.period);
  if (!current) throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_NO_LINES, `The billing period ${spec.period} has no cost line in this workspace. Load that month first, or pick a loaded one (\`info\` lists them).`, { period: spec.period });
  const previous = spec.previous !== false ? await allocatePeriod(db, rules, aliases, previousPeriodOf(spec.period)) : null;
  const lines = classifiedLinesSql(rules, aliases, spec.period, current.clusters.map((c) => c.nodeLines));
  return assemble({ rules, version, current, previous, breakdowns: await breakdowns(db, lines) });
}

/** Steps 1-4 for one period; null when it has no line. */
export async function allocatePeriod(db: Db, rules: ChargebackRules, aliases: TagAliasSet, period: string): Promise<PeriodAllocation | null> {
  const totals = await periodTotals(db, rules, period);
  if (totals.lines === 0) return null;
  if (totals.currencies.length > 1) {
    throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_MIXED_CURRENCIES, `The billing period ${period} has lines in ${totals.currencies.join(' and ')}: one allocation cannot add them. Run a chargeback per billing account (a filter pool cannot split currencies).`, { period, currencies: totals.currencies });
  }
  const clusters = await clusterParts(db, rules, period);
  const groups = await lineGroups(db, classifiedLinesSql(rules, aliases, period, clusters.map((c) => c.nodeLines)));
  const exact = allocateExact(rules, groups, clusters);
  const allocated = [...exact.direct.values(), ...exact.pools.map((p) => p.amount), exact.unallocatedDirect].reduce((a, b) => a + b, 0n);
  // two readings of the same lines: a difference is a bug here, never something to round away
  if (allocated !== totals.total) throw new WorkbenchError(ErrorCode.INTERNAL, `Chargeback of ${period} allocated ${allocated} units but the source total is ${totals.total}: this is a bug, please report it.`);
  return { period, currency: totals.currencies[0] ?? '', sourceExact: totals.total, exact, cents: roundAllocation(exact, totals.total), clusters };
}
