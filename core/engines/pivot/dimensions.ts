// Dimensions: what a name in rows/columns/filters/topN means, how it groups (SQL over the
// source) and how its key prints. Tag keys are user data: they are bound as parameters,
// never written into the SQL text.
import { ident, join, sql, type SqlPart, type SqlQuery } from '../../sql/index.ts';
import { WorkbenchError } from '../../errors.ts';
import { FOCUS_TABLE_COLUMNS, isMapColumn } from '../../store/focus-columns.ts';
import { BILLING_PERIOD_DIMENSION, COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, PERIOD_DIMENSION, TAG_PREFIX, TIME_GRAINS, type TimeGrain } from './constants.ts';
import { PivotErrorCode } from './errors.ts';
import { AGG_DIMENSION_COLUMNS, timeBound, type Source } from './source.ts';
import { bucketKeySql, bucketSql, isoDay, keyRange } from './time.ts';
import { effectiveTagValueSql, keyRule, type TagAliasSet, type TagKeyRule } from '../tags/aliases/effective.ts';

export type Dimension =
  | { ref: string; kind: 'column'; column: string; varchar: boolean }
  /** `rule`: how the key reads through the workspace's tag aliases (engines/tags/aliases). */
  | { ref: string; kind: 'tag'; tagKey: string; rule: TagKeyRule }
  | { ref: string; kind: 'costCategory'; category: string }
  | { ref: string; kind: 'time'; grain: TimeGrain }
  | { ref: string; kind: 'billingPeriod' };

// A map column is sliced by one of its keys (tag:KEY, costCategory:NAME), never whole.
const COLUMN_TYPES = new Map(FOCUS_TABLE_COLUMNS.filter((c) => !isMapColumn(c)).map((c) => [c.name, c.type]));
const TIME_NAMES = [...TIME_GRAINS, PERIOD_DIMENSION, BILLING_PERIOD_DIMENSION];

export function allowedDimensionsText(): string {
  return `a FOCUS or x_ column (e.g. ServiceName, SubAccountName, RegionId, x_UsageType), ${TAG_PREFIX}KEY for a tag, ${COST_CATEGORY_PREFIX}NAME for an AWS cost category, or a time bucket (${TIME_NAMES.join(', ')})`;
}

export function resolveDimension(ref: string, grain: TimeGrain, place: string, aliases: TagAliasSet): Dimension {
  if (ref.startsWith(TAG_PREFIX)) {
    const tagKey = ref.slice(TAG_PREFIX.length);
    return { ref, kind: 'tag', tagKey, rule: keyRule(aliases, tagKey) };
  }
  if (ref.startsWith(COST_CATEGORY_PREFIX)) return { ref, kind: 'costCategory', category: ref.slice(COST_CATEGORY_PREFIX.length) };
  if ((TIME_GRAINS as readonly string[]).includes(ref)) return { ref, kind: 'time', grain: ref as TimeGrain };
  if (ref === PERIOD_DIMENSION) return { ref, kind: 'time', grain };
  if (ref === BILLING_PERIOD_DIMENSION) return { ref, kind: 'billingPeriod' };
  const type = COLUMN_TYPES.get(ref);
  if (type !== undefined) return { ref, kind: 'column', column: ref, varchar: type === 'VARCHAR' };
  const near = [...COLUMN_TYPES.keys(), ...TIME_NAMES].find((n) => n.toLowerCase() === ref.trim().toLowerCase());
  const hint = near ? ` Did you mean "${near}"?` : '';
  throw new WorkbenchError(
    PivotErrorCode.PIVOT_UNKNOWN_COLUMN,
    `Unknown column "${ref}" in ${place}.${hint} Use ${allowedDimensionsText()}.`,
    { column: ref, place, suggestion: near ?? null, allowed: [...COLUMN_TYPES.keys(), ...TIME_NAMES, `${TAG_PREFIX}KEY`, `${COST_CATEGORY_PREFIX}NAME`] },
  );
}

export function isTimeLike(d: Dimension): d is Extract<Dimension, { kind: 'time' | 'billingPeriod' }> {
  return d.kind === 'time' || d.kind === 'billingPeriod';
}

/** The grain a time-like dimension's keys are written in. */
export function keyGrain(d: Dimension): TimeGrain | null {
  if (d.kind === 'time') return d.grain;
  if (d.kind === 'billingPeriod') return 'month';
  return null;
}

export function availableInAggregate(d: Dimension): boolean {
  // tags through the aggregate's tag sets (tag-aggregate.ts); cost categories from the line items
  if (d.kind === 'costCategory') return false;
  if (d.kind === 'column') return (AGG_DIMENSION_COLUMNS as readonly string[]).includes(d.column);
  return true;
}

function timeColumn(d: Dimension, source: Source): SqlPart {
  return d.kind === 'billingPeriod' ? ident('BillingPeriodStart') : source.time;
}

/** What rows group by (cheap to compute per line; printing waits until after grouping). */
export function groupSql(d: Dimension, source: Source): SqlQuery {
  switch (d.kind) {
    case 'column':
      return sql`${ident(d.column)}`;
    case 'tag':
      return source.tagValue ? source.tagValue(d.tagKey) : effectiveTagValueSql(d.rule);
    case 'costCategory':
      return sql`${ident(COST_CATEGORIES_COLUMN)}[${d.category}]`;
    case 'time':
      return bucketSql(d.grain, source.time);
    case 'billingPeriod':
      return bucketSql('month', ident('BillingPeriodStart'));
  }
}

/** The printed key of a grouped value. */
export function keySql(d: Dimension, grouped: SqlPart): SqlQuery {
  switch (d.kind) {
    case 'column':
      return d.varchar ? sql`${grouped}` : sql`CAST(${grouped} AS VARCHAR)`;
    case 'tag':
    case 'costCategory':
      return sql`${grouped}`;
    case 'time':
      return bucketKeySql(d.grain, grouped);
    case 'billingPeriod':
      return bucketKeySql('month', grouped);
  }
}

/** Matches source rows whose key is one of `values` (null: the value is missing). */
export function matchSql(d: Dimension, source: Source, values: readonly (string | null)[]): SqlQuery {
  const grain = keyGrain(d);
  const present = values.filter((v): v is string => v !== null);
  const parts: SqlQuery[] = [];
  if (grain !== null) {
    const column = timeColumn(d, source);
    // A time key is a range of the underlying column: DuckDB prunes row groups on it.
    const src = d.kind === 'billingPeriod' ? { ...source, time: ident('BillingPeriodStart'), timeType: 'TIMESTAMP' as const } : source;
    for (const key of present) {
      const r = keyRange(grain, key);
      parts.push(sql`(${timeBound(src, '>=', isoDay(r.from))} AND ${timeBound(src, '<', isoDay(r.to))})`);
    }
    if (values.includes(null)) parts.push(sql`${column} IS NULL`);
  } else {
    const expr = d.kind === 'column' && !d.varchar ? sql`CAST(${ident(d.column)} AS VARCHAR)` : groupSql(d, source);
    if (present.length > 0) parts.push(sql`${expr} IN (${join(present)})`);
    if (values.includes(null)) parts.push(sql`${expr} IS NULL`);
  }
  if (parts.length === 0) return sql`FALSE`;
  return parts.length === 1 ? parts[0]! : sql`(${join(parts, ' OR ')})`;
}
