// run(db, spec): the whole audit. Steps (SPEC.md):
//   0 policy.ts     the policy: the request's, the workspace's, or the default keys
//   1 line-status.ts, lines.ts  each line against each key
//   2 coverage.ts   coverage overall, by account, service and month
//   3 offenders.ts  resources to chase, ranked by cost
import { WorkbenchError } from '../../errors.ts';
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { loadTagAliases } from './aliases/effective.ts';
import { COVERAGE_TARGET } from './constants.ts';
import { readCoverage } from './coverage.ts';
import { TagsErrorCode } from './errors.ts';
import { periodWhere } from './lines.ts';
import { readOffenders } from './offenders.ts';
import { readVariants } from './variants.ts';
import { withRequiredKeys } from './policy.ts';
import { getTagPolicy } from './policy-store.ts';
import type { CoverageGroup, TagAuditResult } from './result.ts';
import { tagAuditSpecSchema, type TagAuditSpec, type TagAuditSpecInput } from './spec.ts';

export function parseTagAuditSpec(input: unknown): TagAuditSpec {
  const parsed = tagAuditSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(TagsErrorCode.TAGS_BAD_SPEC, `Invalid tag audit: ${issues.join('; ')}`, { issues });
}

/** An audit of nothing would print shares of zero: say why there is nothing instead. */
export async function ensureLines(db: Db, spec: TagAuditSpec): Promise<void> {
  const r = await db.one(sql`SELECT count(*) FILTER (WHERE ${periodWhere(spec.period)}) AS n, count(*) AS all_lines,
      strftime(min("ChargePeriodStart"), '%Y-%m') AS first, strftime(max("ChargePeriodStart"), '%Y-%m') AS last FROM focus`);
  if (Number(r?.n ?? 0) > 0) return;
  if (Number(r?.all_lines ?? 0) === 0) {
    throw new WorkbenchError(TagsErrorCode.TAGS_NO_LINES, 'The workspace has no cost lines to audit. Load a bill first (finops-workbench ingest --db W FILE), or try the demo workspace.');
  }
  throw new WorkbenchError(TagsErrorCode.TAGS_NO_LINES, `No cost lines in ${spec.period}: the workspace covers ${r?.first} to ${r?.last}. Pick a month in that range, or leave out the period.`, {
    period: spec.period,
    first: r?.first,
    last: r?.last,
  });
}

/** Fixing an offender moves its failing lines' cost into all-keys coverage, on both denominators. */
function ifTopFixed(overall: CoverageGroup, fixTop: number, count: number, topCost: number): TagAuditResult['ifTopFixed'] {
  const ratio = (num: number, den: number) => (den === 0 ? null : num / den);
  return {
    n: Math.min(fixTop, count),
    fixedCost: topCost,
    allKeysShare: ratio(overall.allKeys.taggedCost + topCost, overall.totalCost),
    allKeysTaggableShare: ratio(overall.allKeys.taggableTaggedCost + topCost, overall.taggableCost),
  };
}

export async function run(db: Db, input: TagAuditSpecInput | TagAuditSpec): Promise<TagAuditResult> {
  const spec = parseTagAuditSpec(input);
  const saved = spec.policy ? null : await getTagPolicy(db);
  const policy = withRequiredKeys(spec.policy ?? saved!.policy, spec.requiredKeys);
  await ensureLines(db, spec);
  const aliases = await loadTagAliases(db);
  const coverage = await readCoverage(db, policy, spec, aliases);
  const offenders = await readOffenders(db, policy, spec, aliases);
  const hygiene = await readVariants(db, policy, spec, aliases);
  const currencies = (await db.all(sql`SELECT DISTINCT "BillingCurrency" AS c FROM focus WHERE ${periodWhere(spec.period)} AND "BillingCurrency" IS NOT NULL ORDER BY c`)).map((r) => String(r.c));
  const { overall } = coverage;
  return {
    kind: 'tagAuditResult',
    requiredKeys: policy.keys.map((k) => k.key),
    policy,
    policyOrigin: saved ? saved.origin : 'request',
    basis: spec.basis,
    period: spec.period ?? null,
    target: COVERAGE_TARGET,
    totalCost: overall.totalCost,
    taggableCost: overall.taggableCost,
    coverage: overall.keys,
    allKeys: overall.allKeys,
    allKeysShare: overall.allKeys.share,
    allKeysTaggableShare: overall.allKeys.taggableShare,
    byAccount: coverage.byAccount,
    byService: coverage.byService,
    byMonth: coverage.byMonth,
    offenders: offenders.offenders,
    offenderCount: offenders.count,
    offenderCost: offenders.cost,
    ifTopFixed: ifTopFixed(overall, spec.fixTop, offenders.count, offenders.topCost),
    currencies,
    variants: hygiene.variants,
    keyVariants: hygiene.keyVariants,
  };
}
