// run(db, request): one metric's unit costs. Steps (SPEC.md), each in its own file:
//   1 store.ts      the metric, and the owner tag (owner-tag.ts)
//   2 range.ts      the days both the bill and the metric cover
//   3 below         cost per period and key (SQL over focus), volume per period and key
//   4 series.ts     cents, unit cost, change vs the previous period
import * as z from 'zod';
import { ident, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN, type CostBasis } from '../pivot/constants.ts';
import { parseExact } from '../pivot/exact.ts';
import { effectiveTagValueSql, keyRule, loadTagAliases } from '../tags/aliases/effective.ts';
import { METRIC_GRAIN, NO_KEY, UNIT_COST_BY, UNIT_COST_GRAINS, type UnitCostBy, type UnitCostGrain } from './constants.ts';
import { unitCostsError } from './errors.ts';
import { billDays, commonRange, monthOf, type DayRange } from './range.ts';
import { parseVolume } from './ratio.ts';
import type { UnitCostResult } from './result.ts';
import { unitCostRows, type PeriodAmount } from './series.ts';
import { metricSummary } from './store.ts';
import { resolveOwnerTag } from './owner-tag.ts';

export interface UnitCostsRequest {
  metric: string;
  from?: string;
  to?: string;
  grain: UnitCostGrain;
  by?: UnitCostBy;
  basis?: CostBasis;
  ownerTag?: string;
}

export const DEFAULT_BASIS: CostBasis = 'Effective';

/** The printed period of a day at a grain: YYYY-MM-DD or YYYY-MM (grain is one of our constants). */
function periodSql(grain: UnitCostGrain, day: SqlQuery): SqlQuery {
  return sql`strftime(${day}, ${grain === 'day' ? '%Y-%m-%d' : '%Y-%m'})`;
}

export async function run(db: Db, req: UnitCostsRequest): Promise<UnitCostResult> {
  if (!z.enum(UNIT_COST_GRAINS).safeParse(req.grain).success || (req.by !== undefined && !z.enum(UNIT_COST_BY).safeParse(req.by).success)) {
    throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `grain is ${UNIT_COST_GRAINS.join(' or ')} and by is ${UNIT_COST_BY.join(' or ')}.`);
  }
  if (req.from && req.to && req.from >= req.to) throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `from (${req.from}) must be before to (${req.to}, not included).`, { from: req.from, to: req.to });
  const basis = req.basis ?? DEFAULT_BASIS;
  const metric = await metricSummary(db, req.metric);
  const by = req.by ?? null;
  if (by === 'owner' && metric.owners === 0) throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `Metric ${metric.metric} names no owner, so its volume cannot be split by owner: import its rows with an owner column, or ask without by owner (Explore's unitCost:${metric.metric} by tag shows each owner's part of the unit cost).`, { metric: metric.metric });
  if (by === 'service' && metric.services === 0) throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `Metric ${metric.metric} names no service, so its volume cannot be split by service: import its rows with a service column (a ServiceName of the bill), or ask without by service.`, { metric: metric.metric });
  const monthly = metric.grain === METRIC_GRAIN.month;
  if (monthly && req.grain === 'day') {
    throw unitCostsError('UNIT_COSTS_BAD_REQUEST', `Metric ${metric.metric} is monthly (one value per month), so it has no volume per day: ask by month (grain month, --grain month); its unit cost is the month's cost ÷ the month's value.`, { metric: metric.metric, grain: metric.grain });
  }
  const ownerTag = by === 'owner' ? await resolveOwnerTag(db, req.ownerTag) : null;
  const warnings: string[] = [];
  const range = commonRange(req, await billDays(db), metric, warnings);
  const result: UnitCostResult = { metric: metric.metric, grain: req.grain, basis, by, ownerTag, rows: [], warnings };
  if (!range) return result;

  const costKey = by === 'owner' ? sql`nullif(trim(${effectiveTagValueSql(keyRule(await loadTagAliases(db), ownerTag!))}), '')` : by === 'service' ? sql`${ident('ServiceName')}` : sql`CAST(NULL AS VARCHAR)`;
  const costs = await costRows(db, req.grain, basis, costKey, range, warnings);
  const volumes = await volumeRows(db, metric.metric, req.grain, by, range);
  if (monthly) await missingMonths(db, metric.metric, range, warnings);
  else await missingDays(db, metric.metric, range, warnings);
  result.rows = unitCostRows(req.grain, costs, volumes);
  if (monthly) partMonths(result, range, warnings);
  if (by !== null) unmatchedKeys(result, warnings);
  return result;
}

async function costRows(db: Db, grain: UnitCostGrain, basis: CostBasis, key: SqlQuery, range: DayRange, warnings: string[]): Promise<PeriodAmount[]> {
  const rows = await db.all(sql`
    SELECT ${periodSql(grain, sql`ChargePeriodStart`)} AS period, ${key} AS key, CAST(sum(${ident(COST_BASIS_COLUMN[basis])}) AS VARCHAR) AS amount,
      min(BillingCurrency) AS cmin, max(BillingCurrency) AS cmax
    FROM focus
    WHERE ChargePeriodStart >= CAST(${range.from} AS TIMESTAMP) AND ChargePeriodStart < CAST(${range.to} AS TIMESTAMP)
    GROUP BY ALL`);
  const currencies = new Set(rows.flatMap((r) => [r.cmin, r.cmax]).filter((c): c is string => typeof c === 'string'));
  if (currencies.size > 1) warnings.push(`The bill's lines are in ${currencies.size} currencies (${[...currencies].sort().join(', ')}): the costs add them as they are.`);
  return rows.map((r) => ({ period: String(r.period), key: r.key === null ? null : String(r.key), amount: parseExact(r.amount as string | null) }));
}

async function volumeRows(db: Db, metric: string, grain: UnitCostGrain, by: UnitCostBy | null, range: DayRange): Promise<PeriodAmount[]> {
  const key = by === null ? sql`CAST(NULL AS VARCHAR)` : sql`nullif(${ident(by)}, ${NO_KEY})`;
  const rows = await db.all(sql`
    SELECT ${periodSql(grain, sql`date`)} AS period, ${key} AS key, CAST(sum(value) AS VARCHAR) AS amount
    FROM business_metrics
    WHERE metric = ${metric} AND date >= CAST(${range.from} AS DATE) AND date < CAST(${range.to} AS DATE)
    GROUP BY ALL`);
  return rows.map((r) => ({ period: String(r.period), key: r.key === null ? null : String(r.key), amount: parseVolume(r.amount as string | null) }));
}

/** Days of the range without any value of the metric count as volume 0: say how many. */
async function missingDays(db: Db, metric: string, range: DayRange, warnings: string[]): Promise<void> {
  const n = Number(
    await db.value(sql`
      SELECT count(*) FROM range(CAST(${range.from} AS DATE), CAST(${range.to} AS DATE), ${raw("INTERVAL '1 day'")}) AS d(day)
      WHERE NOT EXISTS (SELECT 1 FROM business_metrics m WHERE m.metric = ${metric} AND m.date = CAST(d.day AS DATE))`),
  );
  if (n > 0) warnings.push(`Metric ${metric} has no value on ${n} day${n === 1 ? '' : 's'} between ${range.from} and ${range.to} (not included): those days count as volume 0 (a day's unit cost is then null).`);
}

/** Months of the range without a value of a monthly metric: their unit cost is null, say which. */
async function missingMonths(db: Db, metric: string, range: DayRange, warnings: string[]): Promise<void> {
  const rows = await db.all(sql`
    SELECT strftime(d.month, '%Y-%m') AS month FROM range(CAST(${monthOf(range.from).from} AS DATE), CAST(${range.to} AS DATE), ${raw("INTERVAL '1 month'")}) AS d(month)
    WHERE NOT EXISTS (SELECT 1 FROM business_metrics m WHERE m.metric = ${metric} AND strftime(m.date, '%Y-%m') = strftime(d.month, '%Y-%m'))
    ORDER BY 1`);
  if (rows.length) warnings.push(`Monthly metric ${metric} has no value for ${rows.map((r) => String(r.month)).join(', ')}: no unit cost there.`);
}

/**
 * A monthly value stands for its whole month: a month the range covers only in part (the bill
 * starts or ends inside it, or from/to cut it) would divide part of the month's cost by the
 * whole month's value, so its unit cost is null, with a warning.
 */
function partMonths(result: UnitCostResult, range: DayRange, warnings: string[]): void {
  const part = new Set<string>();
  for (const row of result.rows) {
    const month = monthOf(`${row.period}-01`);
    if (month.from >= range.from && month.to <= range.to) continue;
    part.add(row.period);
    row.unitCost = null;
    row.changePct = null;
  }
  // the month after a part month compares with a unit cost that is not there
  for (const row of result.rows) if (part.has(previousMonth(row.period))) row.changePct = null;
  if (part.size) warnings.push(`Monthly metric ${result.metric}: ${[...part].sort().join(', ')} ${part.size === 1 ? 'is' : 'are'} only partly in the range (${range.from} to ${range.to}, not included), so ${part.size === 1 ? 'its' : 'their'} cost is not the whole month's: no unit cost there. Ask for whole months.`);
}

function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** Keys with cost and no volume (an owner the metric does not name, untagged cost) get no unit cost: say so once. */
function unmatchedKeys(result: UnitCostResult, warnings: string[]): void {
  const noVolume = new Set(result.rows.filter((r) => r.volume === 0 && r.cost !== 0).map((r) => r.key ?? '(none)'));
  if (noVolume.size === 0) return;
  const list = [...noVolume].slice(0, 10).join(', ');
  const what = result.by === 'owner' ? `owners (tag ${result.ownerTag})` : 'services';
  warnings.push(`Cost of ${noVolume.size} ${what} has no volume of ${result.metric} in some period, so no unit cost there: ${list}${noVolume.size > 10 ? ', …' : ''}.`);
}
