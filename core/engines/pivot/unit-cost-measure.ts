// The measure `unitCost:<metric>` (core/engines/unit-costs/SPEC.md, "In Explore"): a cell's exact
// cost on the spec's basis ÷ the metric's volume over the same days. The volume follows the
// cell's keys only where the metric can: its time buckets, its owner (the owner tag's dimension,
// `tag:<owner tag>`) when the metric names owners, its ServiceName when the metric names services;
// any other dimension splits the cost over the whole volume, so children add up to their parent's
// unit cost. Filled in after assembly, so the pivot's own pipeline stays as it is.
import { WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { METRIC_GRAIN, METRIC_NAME_PATTERN, NO_KEY, UNIT_COST_MEASURE_PREFIX } from '../unit-costs/constants.ts';
import { resolveOwnerTag } from '../unit-costs/owner-tag.ts';
import { billDays, commonRange, earlier, later, metricSpan, monthOf, nextDay } from '../unit-costs/range.ts';
import { unitCostOf } from '../unit-costs/ratio.ts';
import { metricSummary } from '../unit-costs/store.ts';
import { dailyVolumes, type DailyVolume } from '../unit-costs/volume.ts';
import { cellId, type CellSet } from './cells.ts';
import type { SummedMoney } from './constants.ts';
import { keyGrain, type Dimension } from './dimensions.ts';
import { PivotErrorCode } from './errors.ts';
import type { Measure } from './measures.ts';
import { queryDims, type Plan } from './plan.ts';
import type { PivotResult } from './result.ts';
import { isOtherKey, type PivotKey } from './spec.ts';
import { formatKey, isoDay, keyRange, truncate } from './time.ts';

export { UNIT_COST_MEASURE_PREFIX };

type UnitCostMeasure = Extract<Measure, { kind: 'unitCost' }>;

export function unitCostMeasure(name: string, basisColumn: SummedMoney): UnitCostMeasure {
  const metric = name.slice(UNIT_COST_MEASURE_PREFIX.length);
  if (!METRIC_NAME_PATTERN.test(metric)) {
    throw new WorkbenchError(PivotErrorCode.PIVOT_UNKNOWN_MEASURE, `"${name}" is not a unit cost measure: write ${UNIT_COST_MEASURE_PREFIX}<metric>, the metric as imported (letters, digits, _ - .), e.g. ${UNIT_COST_MEASURE_PREFIX}orders.`, { measure: name });
  }
  return { name, kind: 'unitCost', column: basisColumn, metric };
}

/** How each query dimension narrows a metric's volume: by time bucket, owner, service, or not at all. */
type Axis = { kind: 'time'; grain: NonNullable<ReturnType<typeof keyGrain>> } | { kind: 'owner' } | { kind: 'service' } | { kind: 'none' };

function axisOf(d: Dimension, ownerTag: string | null, hasServices: boolean): Axis {
  const grain = keyGrain(d);
  if (grain !== null) return { kind: 'time', grain };
  if (ownerTag !== null && d.kind === 'tag' && d.tagKey === ownerTag) return { kind: 'owner' };
  if (hasServices && d.kind === 'column' && d.column === 'ServiceName') return { kind: 'service' };
  return { kind: 'none' };
}

function keyOf(axis: Axis, v: DailyVolume): string | null {
  switch (axis.kind) {
    case 'time':
      return formatKey(axis.grain, truncate(axis.grain, new Date(`${v.date}T00:00:00Z`)));
    case 'owner':
      return v.owner === NO_KEY ? null : v.owner;
    case 'service':
      return v.service === NO_KEY ? null : v.service;
    case 'none':
      return null;
  }
}

export async function fillUnitCosts(db: Db, plan: Plan, set: CellSet, result: PivotResult): Promise<void> {
  const measures = plan.measures.filter((m): m is UnitCostMeasure => m.kind === 'unitCost');
  for (const m of measures) await fillOne(db, plan, set, result, m);
}

async function fillOne(db: Db, plan: Plan, set: CellSet, result: PivotResult, m: UnitCostMeasure): Promise<void> {
  const metric = await metricSummary(db, m.metric);
  const ownerTag = metric.owners > 0 ? await resolveOwnerTag(db, undefined) : null;
  const dims = queryDims(plan);
  const axes = dims.map((d) => axisOf(d, ownerTag, metric.services > 0));
  const warnings: string[] = [];
  const bill = await billDays(db);
  const range = commonRange(plan.spec.period, bill, metric, warnings);
  const volumes = range ? (await dailyVolumes(db, metric.metric, range)).filter((v) => passesFilters(plan, ownerTag, metric.services > 0, v)) : [];
  // the volume per combination of the keys that narrow it (few: periods × owners × services)
  const tuples = new Map<string, { keys: (string | null)[]; volume: bigint }>();
  for (const v of volumes) {
    const keys = axes.map((a) => keyOf(a, v));
    const id = JSON.stringify(keys);
    const t = tuples.get(id) ?? { keys, volume: 0n };
    t.volume += v.volume;
    tuples.set(id, t);
  }
  const nRows = plan.rowDims.length;
  const volumeOf = (rowKeys: readonly PivotKey[], colKeys: readonly PivotKey[] | null): bigint | null => {
    const given: [number, PivotKey][] = [...rowKeys.map((k, i) => [i, k] as [number, PivotKey]), ...(colKeys ?? []).map((k, j) => [nRows + j, k] as [number, PivotKey])];
    const narrowing = given.filter(([i]) => axes[i]!.kind !== 'none');
    // the rest of a top-N mixes keys: its volume is not one of them
    if (narrowing.some(([, k]) => isOtherKey(k))) return null;
    let sum = 0n;
    for (const t of tuples.values()) if (narrowing.every(([i, k]) => t.keys[i] === k)) sum += t.volume;
    return sum;
  };
  // a cell's cost covers its days of the bill; the metric must cover them all, or the ratio mixes
  // days; a monthly value stands for its whole month, so a monthly metric's cell must be whole months
  const span = metricSpan(metric);
  const monthly = metric.grain === METRIC_GRAIN.month;
  const wholeMonths = (from: string, to: string) => monthOf(from).from === from && monthOf(to).from === to;
  let partial = false;
  let partMonths = false;
  const covered = (rowKeys: readonly PivotKey[], colKeys: readonly PivotKey[] | null): boolean => {
    if (!range || !bill) return false;
    let from = later(bill.first, plan.spec.period.from ?? bill.first);
    let to = earlier(nextDay(bill.last), plan.spec.period.to ?? nextDay(bill.last));
    const given = [...rowKeys.map((k, i) => [i, k] as const), ...(colKeys ?? []).map((k, j) => [nRows + j, k] as const)];
    for (const [i, k] of given) {
      const a = axes[i]!;
      if (a.kind !== 'time' || typeof k !== 'string') continue;
      const r = keyRange(a.grain, k);
      from = later(from, isoDay(r.from));
      to = earlier(to, isoDay(r.to));
    }
    const ok = from >= to || (from >= span.first && to <= nextDay(span.last));
    if (!ok) partial = true;
    if (ok && monthly && from < to && !wholeMonths(from, to)) {
      partMonths = true;
      return false;
    }
    return ok;
  };
  const valueOf = (rowKeys: readonly PivotKey[], colKeys: readonly PivotKey[] | null): number | null => {
    if (!covered(rowKeys, colKeys)) return null;
    const cost = set.cells.get(cellId(rowKeys, colKeys))?.money.get(m.column);
    const volume = volumeOf(rowKeys, colKeys);
    return cost === undefined || volume === null ? null : unitCostOf(cost, volume);
  };
  const at = result.columns.flatMap((c, j) => (c.measure === m.name ? [j] : []));
  const colKeysOf = (j: number) => (result.columns[j]!.total ? (plan.colDims.length > 0 ? null : []) : result.columns[j]!.keys);
  for (const row of result.rows) for (const j of at) row.values[j] = valueOf(row.keys, colKeysOf(j));
  if (result.totals) for (const j of at) result.totals[j] = valueOf([], colKeysOf(j));
  for (const w of warnings) result.warnings.push(`${m.name}: ${w}`);
  if (partial) result.warnings.push(`${m.name}: cells whose days of the bill metric ${metric.metric} does not cover all of (it runs ${span.first} to ${span.last}) have no unit cost; set the period within those days, or split by day or month.`);
  if (partMonths) result.warnings.push(`${m.name}: metric ${metric.metric} is monthly (one value per month), so only cells of whole months have a unit cost (a day, a week or a month the bill or the period covers in part has none): split by month, quarter or year.`);
}

/** Filters on the dimensions that narrow the volume narrow it too (a filter on ServiceName of a per-service metric). */
function passesFilters(plan: Plan, ownerTag: string | null, hasServices: boolean, v: DailyVolume): boolean {
  return plan.filters.every((f) => {
    const axis = axisOf(f.dim, ownerTag, hasServices);
    if (axis.kind === 'none') return true;
    const inList = f.values.includes(keyOf(axis, v));
    return f.op === 'in' ? inList : !inList;
  });
}
