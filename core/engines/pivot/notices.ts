// Notices: what a pivot tells the person when its numbers may not be what they asked for. An
// empty pivot is a silent wrong answer when a filter value or a tag key was mistyped ("Amazon
// EC2" where the data says "Amazon Elastic Compute Cloud", `Team` where the key is `team`), so
// each one that matches no line of the workspace is named, with the nearest existing values.
// Checked against the whole workspace (not the period or the other filters): "matches nothing"
// means no line anywhere has it. Runs only for whole results, not for level-by-level loads.
// Tag keys and cost categories are checked and suggested from the field list (read once per data
// version): scanning every line's map on each call made a pivot by a missing key (`tag:Team` on a
// CUR 2.0 workspace, whose key is `team`) cost five times the pivot itself.
import { ident, join, raw, sql, type SqlPart, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN, COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, TAG_PREFIX } from './constants.ts';
import { groupSql, isTimeLike, keySql, type Dimension } from './dimensions.ts';
import { MAX_TAG_KEYS, pivotFields } from './fields.ts';
import { planPivot, type Plan } from './plan.ts';
import type { PivotResult } from './result.ts';
import { chooseSource } from './run.ts';
import { FOCUS_SOURCE, type Source } from './source.ts';
import { isoDay } from './time.ts';
import { pivotSpecSchema } from './spec.ts';
import { effectiveTagsSql, keyRule } from '../tags/aliases/effective.ts';

export const PivotNoticeCode = {
  /** A filter value no line has. */
  FILTER_NO_MATCH: 'PIVOT_FILTER_NO_MATCH',
  /** A `tag:KEY` dimension whose key no line carries. */
  TAG_KEY_UNKNOWN: 'PIVOT_TAG_KEY_UNKNOWN',
  /** A `costCategory:NAME` dimension whose cost category no line carries. */
  COST_CATEGORY_UNKNOWN: 'PIVOT_COST_CATEGORY_UNKNOWN',
  /** The period does not overlap the workspace's data. */
  PERIOD_NO_DATA: 'PIVOT_PERIOD_NO_DATA',
  /** Every name and value exists, but together they select no line. */
  NO_LINES: 'PIVOT_NO_LINES',
} as const;
export type PivotNoticeCode = (typeof PivotNoticeCode)[keyof typeof PivotNoticeCode];

export interface PivotNotice {
  code: PivotNoticeCode;
  message: string;
  /** The dimension the notice is about (a filter's, or a `tag:KEY`). */
  dimension?: string;
  /** The filter value or tag key that matched nothing. */
  value?: string;
  /** Existing values (or tag keys) nearest to `value`, best first; [] when none is close. */
  suggestions: string[];
}

/** Columns that name the same thing another way: "Amazon EC2" is no ServiceName, but it is the x_ServiceCode AmazonEC2. */
export const COMPANION_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  ServiceName: ['x_ServiceCode'],
  SubAccountName: ['SubAccountId'],
  SubAccountId: ['SubAccountName'],
  BillingAccountName: ['BillingAccountId'],
  BillingAccountId: ['BillingAccountName'],
  RegionId: ['RegionName'],
  RegionName: ['RegionId'],
};

export const MAX_SUGGESTIONS = 3;
/** Jaro-Winkler similarity (0..1) above which a value counts as a likely typo of another. */
export const SIMILAR_ENOUGH = 0.85;
/** Shorter texts are not looked for inside others: every name contains "s". */
const MIN_CONTAINED = 3;

// Tiers, best first: same letters and digits (case, spaces, punctuation aside); the same value in
// a companion column; one contains the other; similar spelling. Only the best tier found is shown.
const TIER = { sameLetters: 3, contains: 2, similar: 1 } as const;

/** Lower-case letters and digits only, in SQL (the pattern is ours, the value bound). */
const norm = (x: SqlPart) => sql`regexp_replace(lower(${x}), '[^\\pL\\pN]', '', 'g')`;

export async function pivotNotices(db: Db, plan: Plan, result: PivotResult): Promise<PivotNotice[]> {
  const notices: PivotNotice[] = [];
  const unknownTags = new Set<string>();
  for (const dim of uniqueTagDims(plan)) {
    if (await tagKeyExists(db, dim.rule.key, dim.rule.sources)) continue;
    unknownTags.add(dim.ref);
    const suggestions = (await nearest(db, await tagKeyCandidates(db, plan), dim.tagKey)).keys;
    notices.push({
      code: PivotNoticeCode.TAG_KEY_UNKNOWN,
      message: `No line has the tag key "${dim.tagKey}" (tag keys are case-sensitive).${didYouMean(suggestions)}`,
      dimension: dim.ref,
      value: dim.tagKey,
      suggestions,
    });
  }
  for (const dim of uniqueCategoryDims(plan)) {
    if (await costCategoryExists(db, dim.category)) continue;
    unknownTags.add(dim.ref);
    const suggestions = (await nearest(db, await costCategoryCandidates(db), dim.category)).keys;
    notices.push({
      code: PivotNoticeCode.COST_CATEGORY_UNKNOWN,
      // the same category is CostCenter in a legacy CSV and cost_center in Athena or CUR 2.0 files
      message: `No line has the cost category "${dim.category}" (names are case-sensitive, and Athena and CUR 2.0 files write them in snake_case).${didYouMean(suggestions)}`,
      dimension: dim.ref,
      value: dim.category,
      suggestions,
    });
  }
  for (const f of plan.filters) {
    if (isTimeLike(f.dim) || unknownTags.has(f.dim.ref)) continue;
    const wanted = f.values.filter((v): v is string => v !== null);
    const found = await existingKeys(db, plan, f.dim, wanted);
    for (const value of wanted.filter((v) => !found.has(v))) {
      const suggestions = await suggestValues(db, plan, f.dim, value);
      const consequence = f.op === 'notIn' ? ', so excluding it changes nothing' : '';
      notices.push({
        code: PivotNoticeCode.FILTER_NO_MATCH,
        message: `No line has ${f.dim.ref} "${value}"${consequence}.${didYouMean(suggestions)}`,
        dimension: f.dim.ref,
        value,
        suggestions,
      });
    }
  }
  const period = await periodNotice(db, plan);
  if (period) notices.push(period);
  if (notices.length === 0 && isEmpty(result)) {
    const lines = (await pivotFields(db)).lines;
    const message = lines === 0 ? 'This workspace holds no billing lines yet: import CUR or FOCUS files first.' : 'No line matches these filters in this period.';
    notices.push({ code: PivotNoticeCode.NO_LINES, message, suggestions: [] });
  }
  return notices;
}

function isEmpty(r: PivotResult): boolean {
  return r.rows.length === 0 || (r.totals !== null && r.totals.every((v) => v === null));
}

function uniqueTagDims(plan: Plan): Extract<Dimension, { kind: 'tag' }>[] {
  const seen = new Map<string, Extract<Dimension, { kind: 'tag' }>>();
  for (const d of [...plan.rowDims, ...plan.colDims, ...plan.filters.map((f) => f.dim)]) if (d.kind === 'tag' && !seen.has(d.ref)) seen.set(d.ref, d);
  // row levels below `depth` are not in rowDims but are still the person's words
  for (const ref of plan.spec.rows) if (ref.startsWith(TAG_PREFIX) && !seen.has(ref)) seen.set(ref, { ref, kind: 'tag', tagKey: ref.slice(TAG_PREFIX.length), rule: keyRule(plan.aliases, ref.slice(TAG_PREFIX.length)) });
  return [...seen.values()];
}

function uniqueCategoryDims(plan: Plan): Extract<Dimension, { kind: 'costCategory' }>[] {
  const seen = new Map<string, Extract<Dimension, { kind: 'costCategory' }>>();
  for (const d of [...plan.rowDims, ...plan.colDims, ...plan.filters.map((f) => f.dim)]) if (d.kind === 'costCategory' && !seen.has(d.ref)) seen.set(d.ref, d);
  for (const ref of plan.spec.rows) {
    if (ref.startsWith(COST_CATEGORY_PREFIX) && !seen.has(ref)) seen.set(ref, { ref, kind: 'costCategory', category: ref.slice(COST_CATEGORY_PREFIX.length) });
  }
  return [...seen.values()];
}

async function costCategoryExists(db: Db, name: string): Promise<boolean> {
  const fields = await pivotFields(db);
  if (fields.costCategories.some((c) => c.name === name)) return true;
  if (fields.costCategories.length < MAX_TAG_KEYS) return false;
  return (await db.value(sql`SELECT EXISTS (SELECT 1 FROM focus WHERE map_contains(${ident(COST_CATEGORIES_COLUMN)}, ${name}))`)) === true;
}

/** Candidates as (k, v): every cost category, by lines; the field list's when it holds them all. */
async function costCategoryCandidates(db: Db): Promise<SqlQuery> {
  const listed = (await pivotFields(db)).costCategories;
  if (listed.length < MAX_TAG_KEYS) return candidateRows(listed.map((c) => [c.name, c.lines]));
  return sql`SELECT k, count(*) AS v FROM (SELECT unnest(map_keys(${ident(COST_CATEGORIES_COLUMN)})) AS k FROM focus) GROUP BY k`;
}

/** (k, v) rows from values already read, bound as parameters. */
function candidateRows(rows: readonly (readonly [k: string, v: number])[]): SqlQuery {
  if (rows.length === 0) return sql`SELECT CAST(NULL AS VARCHAR) AS k, CAST(NULL AS BIGINT) AS v WHERE FALSE`;
  return sql`SELECT k, v FROM (VALUES ${join(rows.map(([k, v]) => sql`(CAST(${k} AS VARCHAR), CAST(${v} AS BIGINT))`))}) AS c(k, v)`;
}

function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${s}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` Did you mean ${list}?`;
}

/** A key exists when a line carries it or a key aliased to it. */
async function tagKeyExists(db: Db, key: string, sources: readonly string[]): Promise<boolean> {
  const fields = await pivotFields(db);
  const keys = [key, ...sources];
  if (fields.tagKeys.some((t) => keys.includes(t.key))) return true;
  if (fields.tagKeys.length < MAX_TAG_KEYS) return false;
  const any = join(keys.map((k) => sql`map_contains(${ident('Tags')}, ${k})`), ' OR ');
  return (await db.value(sql`SELECT EXISTS (SELECT 1 FROM focus WHERE ${any})`)) === true;
}

/**
 * Candidates as (k, v): every tag key a pivot can show (after aliases: a key aliased into another
 * reads as missing, so it is no suggestion), by lines; the field list's when it holds them all.
 */
async function tagKeyCandidates(db: Db, plan: Plan): Promise<SqlQuery> {
  const listed = (await pivotFields(db)).tagKeys;
  if (listed.length < MAX_TAG_KEYS) return candidateRows(listed.map((t) => [t.key, t.lines]));
  return sql`SELECT k, count(*) AS v FROM (SELECT unnest(map_keys(${effectiveTagsSql(plan.aliases)})) AS k FROM focus) GROUP BY k`;
}

/** Candidates as (k, v): every key a dimension prints, weighted by cost. */
function keyCandidates(plan: Plan, dim: Dimension, source: Source): SqlQuery {
  const basis = ident(COST_BASIS_COLUMN[plan.spec.basis]);
  return sql`SELECT ${keySql(dim, raw('d'))} AS k, sum(v) AS v FROM (SELECT ${groupSql(dim, source)} AS d, sum(${basis}) AS v FROM ${source.table} GROUP BY d) GROUP BY k`;
}

async function sourceFor(db: Db, plan: Plan, dim: Dimension): Promise<Source> {
  const spec = pivotSpecSchema.parse({ kind: 'pivot', rows: [dim.ref], basis: plan.spec.basis, grain: plan.spec.grain });
  return chooseSource(db, planPivot(spec, plan.aliases));
}

async function existingKeys(db: Db, plan: Plan, dim: Dimension, values: string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const source = await sourceFor(db, plan, dim);
  const rows = await db.all(sql`SELECT k FROM (${keyCandidates(plan, dim, source)}) WHERE k IN (${join(values)})`);
  return new Set(rows.map((r) => String(r.k)));
}

async function suggestValues(db: Db, plan: Plan, dim: Dimension, value: string): Promise<string[]> {
  const source = await sourceFor(db, plan, dim);
  const best = await nearest(db, keyCandidates(plan, dim, source), value);
  if (best.tier === TIER.sameLetters) return best.keys;
  const companions = dim.kind === 'column' ? await companionKeys(db, dim, value) : [];
  return companions.length > 0 ? companions : best.keys;
}

/** The keys of `dim` on lines whose companion column holds `value` (same letters, or containing it). */
async function companionKeys(db: Db, dim: Extract<Dimension, { kind: 'column' }>, value: string): Promise<string[]> {
  const columns = COMPANION_COLUMNS[dim.column] ?? [];
  const wanted = norm(sql`${value}`);
  for (const c of columns) {
    const other = norm(sql`CAST(${ident(c)} AS VARCHAR)`);
    const basis = ident(COST_BASIS_COLUMN.Effective);
    const rows = await db.all(
      sql`SELECT ${keySql(dim, raw('d'))} AS k FROM (SELECT ${groupSql(dim, FOCUS_SOURCE)} AS d, sum(${basis}) AS v FROM focus
          WHERE ${other} = ${wanted} OR (length(${wanted}) >= ${MIN_CONTAINED} AND contains(${other}, ${wanted})) GROUP BY d)
          WHERE k IS NOT NULL ORDER BY v DESC NULLS LAST, k LIMIT ${MAX_SUGGESTIONS}`,
    );
    if (rows.length > 0) return rows.map((r) => String(r.k));
  }
  return [];
}

/** The candidates of the best tier that has any, closest first, then by weight. */
async function nearest(db: Db, candidates: SqlQuery, value: string): Promise<{ tier: number; keys: string[] }> {
  const rows = await db.all(sql`WITH c AS (SELECT k, v, ${norm(raw('k'))} AS n, ${norm(sql`${value}`)} AS w FROM (${candidates}) WHERE k IS NOT NULL),
s AS (SELECT k, v, jaro_winkler_similarity(n, w) AS sim,
  CASE WHEN n = w THEN ${TIER.sameLetters}
       WHEN (length(w) >= ${MIN_CONTAINED} AND contains(n, w)) OR (length(n) >= ${MIN_CONTAINED} AND contains(w, n)) THEN ${TIER.contains}
       WHEN jaro_winkler_similarity(n, w) >= ${SIMILAR_ENOUGH} THEN ${TIER.similar} ELSE 0 END AS tier FROM c WHERE k <> ${value})
SELECT k, tier FROM s WHERE tier > 0 AND tier = (SELECT max(tier) FROM s) ORDER BY sim DESC, v DESC NULLS LAST, k LIMIT ${MAX_SUGGESTIONS}`);
  return { tier: rows.length > 0 ? Number(rows[0]!.tier) : 0, keys: rows.map((r) => String(r.k)) };
}

async function periodNotice(db: Db, plan: Plan): Promise<PivotNotice | null> {
  const { from, to } = plan.spec.period;
  if (!from && !to) return null;
  const range = (await pivotFields(db)).range;
  if (!range) return null;
  const lastWanted = to ? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000)) : null;
  const outside = (from !== undefined && from > range.last) || (lastWanted !== null && lastWanted < range.first);
  if (!outside) return null;
  const asked = from && lastWanted ? `${from} to ${lastWanted}` : from ? `from ${from} on` : `through ${lastWanted}`;
  return {
    code: PivotNoticeCode.PERIOD_NO_DATA,
    message: `No line falls in the period ${asked}: this workspace holds lines from ${range.first} to ${range.last}.`,
    suggestions: [],
  };
}
