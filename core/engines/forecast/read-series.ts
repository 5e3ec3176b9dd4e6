// SPEC.md step 1: the daily series of a scope from focus, in one pass per kind: per key and day
// the usage-driven, recurring and one-time sums; the recurring streams day by day; and the days
// on which the workspace has any data at all (to tell a gap from a day of zero spend).
import { ident, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { COST_BASIS_COLUMN, NULL_LABEL } from '../pivot/constants.ts';
import { loadTagAliases, type TagAliasSet } from '../tags/aliases/effective.ts';
import { groupSql, keySql, matchSql, resolveDimension, type Dimension } from '../pivot/dimensions.ts';
import { FOCUS_SOURCE, timeBound } from '../pivot/source.ts';
import { MONTHLY_UNIT_PATTERNS, ONE_TIME_FREQUENCY, PURCHASE_CATEGORY, RECURRING_FREQUENCY, SUPPORT_SERVICE_PREFIX, TAX_CATEGORY, UNUSED_COMMITMENT_STATUS, USAGE_CATEGORY, USED_COMMITMENT_STATUS } from './constants.ts';
import { dayNumber } from './days.ts';
import { badForecastSpec } from './errors.ts';
import type { StreamHistory } from './recurring.ts';
import { DISCOUNTED_BASES, type CommitmentHistory } from './commitments.ts';
import type { ForecastSpec } from './spec.ts';

export interface DayAmounts {
  usage: number;
  /** The part of `usage` priced per month (GB-Mo...): a day costs the month's charge ÷ its days (month-length.ts). Optional: 0 when absent. */
  monthly?: number;
  recurring: number;
  oneTime: number;
  /**
   * One-time purchases (upfront fees) at their billed cost, whatever the basis: tax and AWS
   * support are charged on the month's billed cost, so a month with a purchase raises them
   * (recurring.ts takes a fee's share of spend on usage + purchases). Optional: 0 when absent.
   */
  purchased?: number;
}

export interface SeriesData {
  key: string | null;
  days: Map<number, DayAmounts>;
  streams: StreamHistory[];
  /** The commitments that cover some of its usage, each with its discount per day (commitments.ts). Optional: none when absent. */
  commitments?: CommitmentHistory[];
}

export interface WorkspaceDays {
  first: number;
  last: number;
  withData: Set<number>;
}

function checkedDimension(ref: string, place: string, aliases: TagAliasSet): Dimension {
  const d = resolveDimension(ref, 'day', place, aliases);
  if (d.kind === 'time' || d.kind === 'billingPeriod') throw badForecastSpec(`"${ref}" in ${place} is a time bucket; a forecast's ${place} takes a column, tag:KEY or costCategory:NAME.`, { dimension: ref, place });
  return d;
}

function scopeWhere(spec: ForecastSpec, aliases: TagAliasSet): SqlQuery {
  const parts = spec.scope.map((f, i) => matchSql(checkedDimension(f.dimension, `scope[${i}]`, aliases), FOCUS_SOURCE, f.values));
  if (spec.asOf) parts.push(timeBound(FOCUS_SOURCE, '<', spec.asOf));
  return parts.length ? join(parts, ' AND ') : sql`TRUE`;
}

async function rows(db: Db, q: SqlQuery): Promise<JsonRow[]> {
  return (await db.read(q)).getRowObjectsJson() as JsonRow[];
}

export async function readWorkspaceDays(db: Db, asOf: string | undefined): Promise<WorkspaceDays | null> {
  const where = asOf ? timeBound(FOCUS_SOURCE, '<', asOf) : sql`TRUE`;
  const days = await rows(db, sql`SELECT DISTINCT CAST(CAST(${ident('ChargePeriodStart')} AS DATE) AS VARCHAR) AS day FROM ${ident('focus')} WHERE ${where}`);
  if (days.length === 0) return null;
  const nums = days.map((r) => dayNumber(String(r.day)));
  return { first: Math.min(...nums), last: Math.max(...nums), withData: new Set(nums) };
}

export async function readSeries(db: Db, spec: ForecastSpec): Promise<SeriesData[]> {
  // tag scopes and series read through the workspace's tag aliases, as a pivot does
  const aliases = await loadTagAliases(db);
  const by = spec.by ? checkedDimension(spec.by, 'by', aliases) : null;
  const key = by ? keySql(by, groupSql(by, FOCUS_SOURCE)) : sql`CAST(NULL AS VARCHAR)`;
  const cost = ident(COST_BASIS_COLUMN[spec.basis]);
  // a commitment's unused part is a Usage row in FOCUS, but it is the fee's, on the fee's schedule
  const recurring = sql`(coalesce(${ident('ChargeCategory')} = ${TAX_CATEGORY}, FALSE) OR coalesce(${ident('ChargeFrequency')} = ${RECURRING_FREQUENCY}, FALSE) OR coalesce(${ident('CommitmentDiscountStatus')} = ${UNUSED_COMMITMENT_STATUS}, FALSE))`;
  const oneTime = sql`coalesce(${ident('ChargeFrequency')} = ${ONE_TIME_FREQUENCY}, FALSE)`;
  const perMonth = join(MONTHLY_UNIT_PATTERNS.map((p) => sql`lower(${ident('PricingUnit')}) LIKE ${p}`), ' OR ');
  const scoped = sql`SELECT CAST(CAST(${ident('ChargePeriodStart')} AS DATE) AS VARCHAR) AS day, ${key} AS k, ${recurring} AS rec, ${oneTime} AS once, coalesce(${perMonth}, FALSE) AS per_month, ${cost} AS cost,
      ${ident('ChargeCategory')} AS cat, ${ident('x_LineItemType')} AS line_type, ${ident('CommitmentDiscountId')} AS commitment,
      ${ident('ServiceName')} AS service, coalesce(${ident('SubAccountName')}, ${ident('SubAccountId')}) AS account,
      coalesce(${ident('x_SavingsPlanEndTime')}, ${ident('x_ReservationEndTime')}) AS ends,
      CASE WHEN coalesce(${ident('ChargeCategory')} = ${PURCHASE_CATEGORY}, FALSE) THEN ${ident('BilledCost')} END AS billed_purchase,
      coalesce(${ident('CommitmentDiscountStatus')} = ${USED_COMMITMENT_STATUS}, FALSE) AS covered,
      coalesce(${ident('ChargeCategory')} = ${USAGE_CATEGORY} AND ${ident('CommitmentDiscountStatus')} = ${UNUSED_COMMITMENT_STATUS}, FALSE) AS unused, ${ident('ContractedCost')} AS contracted
    FROM ${ident('focus')} WHERE ${scopeWhere(spec, aliases)}`;
  const daily = await rows(db, sql`WITH s AS (${scoped})
    SELECT k, day,
      CAST(coalesce(sum(cost) FILTER (WHERE NOT rec AND NOT once), 0) AS DOUBLE) AS usage,
      CAST(coalesce(sum(cost) FILTER (WHERE NOT rec AND NOT once AND per_month), 0) AS DOUBLE) AS monthly,
      CAST(coalesce(sum(cost) FILTER (WHERE rec), 0) AS DOUBLE) AS recurring,
      CAST(coalesce(sum(cost) FILTER (WHERE once AND NOT rec), 0) AS DOUBLE) AS one_time,
      CAST(coalesce(sum(billed_purchase) FILTER (WHERE once AND NOT rec), 0) AS DOUBLE) AS purchased
    FROM s GROUP BY k, day ORDER BY k, day`);
  const streamRows = await rows(db, sql`WITH s AS (${scoped})
    SELECT k, cat, line_type, commitment, service, account, bool_or(unused) AS unused, day, CAST(sum(cost) AS DOUBLE) AS amount,
      CAST(CAST(max(ends) AS DATE) + CASE WHEN max(ends) > CAST(CAST(max(ends) AS DATE) AS TIMESTAMP) THEN 1 ELSE 0 END AS VARCHAR) AS end_day
    FROM s WHERE rec GROUP BY ALL ORDER BY k, cat, line_type, commitment, service, account, day`);
  // usage a commitment covered: its cost in the basis and, where the basis carries the discount, the contracted cost it would have had
  const coveredRows = await rows(db, sql`WITH s AS (${scoped})
    SELECT k, commitment, day, CAST(sum(cost) AS DOUBLE) AS amount, CAST(sum(contracted) - sum(cost) AS DOUBLE) AS discount,
      CAST(CAST(max(ends) AS DATE) + CASE WHEN max(ends) > CAST(CAST(max(ends) AS DATE) AS TIMESTAMP) THEN 1 ELSE 0 END AS VARCHAR) AS end_day
    FROM s WHERE covered AND commitment IS NOT NULL AND NOT rec AND NOT once GROUP BY ALL ORDER BY k, commitment, day`);
  const discounted = DISCOUNTED_BASES.includes(spec.basis);
  const series = new Map<string, SeriesData>();
  const get = (k: unknown): SeriesData => {
    const id = k === null ? '\u0000' : String(k);
    let s = series.get(id);
    if (!s) series.set(id, (s = { key: k === null ? null : String(k), days: new Map(), streams: [] }));
    return s;
  };
  for (const r of daily) get(r.k).days.set(dayNumber(String(r.day)), { usage: Number(r.usage), monthly: Number(r.monthly), recurring: Number(r.recurring), oneTime: Number(r.one_time), purchased: Number(r.purchased) });
  let current: StreamHistory | null = null;
  let currentId = '';
  for (const r of streamRows) {
    const id = JSON.stringify([r.k, r.cat, r.line_type, r.commitment, r.service, r.account]);
    if (id !== currentId) {
      const label = [r.cat, r.line_type, r.service, r.account, r.commitment].filter((v) => v !== null && v !== '').join(' · ');
      current = { label: label || NULL_LABEL, days: [], endDay: null, tax: r.cat === TAX_CATEGORY, support: typeof r.service === 'string' && r.service.startsWith(SUPPORT_SERVICE_PREFIX), commitment: r.commitment === null ? null : String(r.commitment), unused: r.unused === true };
      currentId = id;
      get(r.k).streams.push(current);
    }
    current!.days.push({ day: dayNumber(String(r.day)), amount: Number(r.amount) });
    if (r.end_day !== null) current!.endDay = Math.max(current!.endDay ?? -Infinity, dayNumber(String(r.end_day)));
  }
  for (const r of coveredRows) {
    const s = get(r.k);
    const id = String(r.commitment);
    let c = s.commitments?.at(-1);
    if (c?.id !== id) (s.commitments ??= []).push((c = { id, endDay: null, days: [] }));
    c.days.push({ day: dayNumber(String(r.day)), covered: Number(r.amount), discount: discounted ? Number(r.discount) : 0 });
    if (r.end_day !== null) c.endDay = Math.max(c.endDay ?? -Infinity, dayNumber(String(r.end_day)));
  }
  // a stream whose amounts are all 0 in this basis (a fee with no effective cost) projects nothing
  for (const s of series.values()) s.streams = s.streams.filter((st) => st.days.some((d) => d.amount !== 0));
  return [...series.values()];
}
