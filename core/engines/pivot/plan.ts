// Step 1 of a pivot: resolve the spec's names against the workspace schema and check that
// the parts fit together. Everything after this works on the plan, not on raw strings.
import { MEASURE, type SummedMoney } from './constants.ts';
import { availableInAggregate, isTimeLike, keyGrain, resolveDimension, type Dimension } from './dimensions.ts';
import { badSpec } from './errors.ts';
import { AGG_SUM_COLUMNS } from './source.ts';
import { moneyColumnsNeeded, needsUsage, resolveMeasure, type Measure } from './measures.ts';
import type { PivotKey, PivotSpec } from './spec.ts';
import type { TimeGrain } from './constants.ts';
import type { TagAliasSet } from '../tags/aliases/effective.ts';

export interface PlanFilter {
  dim: Dimension;
  op: 'in' | 'notIn';
  values: (string | null)[];
}

export interface Plan {
  spec: PivotSpec;
  /** The workspace's tag aliases, which every tag dimension reads through. */
  aliases: TagAliasSet;
  /** Row dimensions the query groups by (the first `levels` of the spec's rows). */
  rowDims: Dimension[];
  colDims: Dimension[];
  measures: Measure[];
  /** The measure rows are sorted by (money, usage or lines). */
  sortMeasure: Measure;
  money: SummedMoney[];
  usage: boolean;
  filters: PlanFilter[];
  /** Top-N size per query dimension (rows then columns), null where none is asked. */
  topN: (number | null)[];
  parent: PivotKey[] | null;
  /** The one time dimension change measures step back on. */
  time: { axis: 'rows' | 'columns'; index: number; grain: TimeGrain } | null;
}

export function queryDims(plan: Plan): Dimension[] {
  return [...plan.rowDims, ...plan.colDims];
}

export function planPivot(spec: PivotSpec, aliases: TagAliasSet): Plan {
  const allRows = spec.rows.map((r) => resolveDimension(r, spec.grain, 'rows', aliases));
  const colDims = spec.columns.map((c) => resolveDimension(c, spec.grain, 'columns', aliases));
  const seen = new Set<string>();
  for (const d of [...allRows, ...colDims]) {
    if (seen.has(d.ref)) throw badSpec(`"${d.ref}" is used twice; a dimension goes in rows or in columns, once.`, { dimension: d.ref });
    seen.add(d.ref);
  }
  const parent = spec.parent ?? null;
  if (parent && parent.length >= allRows.length) {
    throw badSpec(`parent has ${parent.length} keys but there are only ${allRows.length} row dimensions: a parent is a row that has children.`);
  }
  if (parent && spec.depth !== undefined && spec.depth !== parent.length + 1) {
    throw badSpec('depth and parent disagree: children of a parent are at depth parent.length + 1.');
  }
  const levels = parent ? parent.length + 1 : Math.min(spec.depth ?? allRows.length, allRows.length);
  const rowDims = allRows.slice(0, levels);

  const measures = spec.measures.map((m) => resolveMeasure(m, spec.basis));
  const sortMeasure = resolveMeasure(spec.sort.measure ?? MEASURE.cost, spec.basis);
  if (!['money', 'usage', 'lines'].includes(sortMeasure.kind)) {
    throw badSpec(`Rows cannot be sorted by "${sortMeasure.name}"; sort by a cost, usage or lines.`);
  }

  const filters = spec.filters.map((f) => ({ dim: resolveDimension(f.dimension, spec.grain, 'filters', aliases), op: f.op, values: f.values }));
  const dims = [...rowDims, ...colDims];
  const topN: (number | null)[] = dims.map(() => null);
  for (const t of spec.topN) {
    const dim = resolveDimension(t.dimension, spec.grain, 'topN', aliases);
    const idx = [...allRows, ...colDims].findIndex((d) => d.ref === dim.ref);
    if (idx < 0) throw badSpec(`topN names "${t.dimension}", which is not in rows or columns.`, { dimension: t.dimension });
    if (isTimeLike(dim)) throw badSpec(`topN cannot cut a time bucket ("${t.dimension}"); use the period instead.`);
    const at = idx < allRows.length ? idx : rowDims.length + (idx - allRows.length);
    if (idx < allRows.length && idx >= levels) continue; // a level this query does not load
    topN[at] = t.n;
  }

  const time = findTime(rowDims, colDims);
  if (measures.some((m) => m.kind === 'change' || m.kind === 'changePct') && time === null) {
    throw badSpec('change and changePct compare each time bucket with the one before: put exactly one time bucket (e.g. month) in rows or columns.');
  }
  const { from, to } = spec.period;
  if (from && to && from >= to) throw badSpec(`The period is empty: from ${from} is not before to ${to} (to is exclusive).`);

  return {
    spec,
    aliases,
    rowDims,
    colDims,
    measures,
    sortMeasure,
    money: moneyColumnsNeeded([...measures, sortMeasure], spec.basis),
    usage: needsUsage([...measures, sortMeasure]),
    filters,
    topN,
    parent,
    time,
  };
}

function findTime(rowDims: Dimension[], colDims: Dimension[]): Plan['time'] {
  const found: NonNullable<Plan['time']>[] = [];
  rowDims.forEach((d, index) => {
    const grain = keyGrain(d);
    if (grain) found.push({ axis: 'rows', index, grain });
  });
  colDims.forEach((d, index) => {
    const grain = keyGrain(d);
    if (grain) found.push({ axis: 'columns', index, grain });
  });
  return found.length === 1 ? found[0]! : null;
}

/** The daily aggregate answers a plan when it holds every dimension the plan groups or filters by, and every sum. */
export function aggregateCanAnswer(plan: Plan): boolean {
  const sums: readonly string[] = AGG_SUM_COLUMNS;
  return [...queryDims(plan), ...plan.filters.map((f) => f.dim)].every(availableInAggregate) && plan.money.every((c) => sums.includes(c));
}
