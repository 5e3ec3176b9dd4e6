// run(db, spec): the whole pivot. Steps, each in its own file:
//   1 plan.ts      names -> dimensions and measures, checked
//   2 top-n.ts     kept keys of each top-N
//   3 build-sql.ts one query: scan, key (leaf rows)
//   4 cells.ts     leaf rows -> exact cells of every subtotal level
//   5 tree.ts      row tree, sort, cents rounded top-down
//   6 assemble.ts  columns, rows, values, totals
import { WorkbenchError } from '../../errors.ts';
import { raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { pivotAggregatesFresh } from './aggregates.ts';
import { assemble } from './assemble.ts';
import { buildPivotSql, type Period } from './build-sql.ts';
import { readCells, type CellSet } from './cells.ts';
import { previousPeriod, previousWindow } from './change.ts';
import { PivotErrorCode } from './errors.ts';
import { needsPreviousPeriod } from './measures.ts';
import { pivotNotices } from './notices.ts';
import { aggregateCanAnswer, planPivot, type Plan } from './plan.ts';
import type { PivotResult } from './result.ts';
import { aggregateSource, FOCUS_SOURCE, type Source } from './source.ts';
import { queryDims } from './plan.ts';
import { tagSetsDistinct } from './tag-aggregate.ts';
import { parsePivotSpec, type PivotSpec, type PivotSpecInput } from './spec.ts';
import { topNLists } from './top-n.ts';
import { fillUnitCosts } from './unit-cost-measure.ts';
import { loadTagAliases } from '../tags/aliases/effective.ts';

export { parsePivotSpec };

export interface RunOptions {
  /** 'auto' (default) reads the aggregate when it can answer and is fresh. */
  source?: 'auto' | 'focus' | 'aggregate';
  /** When given, each step's wall time in ms is added here (the bench reports their shares). */
  stages?: Partial<Record<PivotStage, number>>;
}

/** The steps of run() that the bench times. */
export const PIVOT_STAGES = ['plan', 'source', 'topN', 'query', 'cells', 'assemble', 'notices'] as const;
export type PivotStage = (typeof PIVOT_STAGES)[number];

export async function chooseSource(db: Db, plan: Plan, wanted: RunOptions['source'] = 'auto'): Promise<Source> {
  if (wanted === 'focus') return FOCUS_SOURCE;
  const canAnswer = aggregateCanAnswer(plan);
  const tagKeys = [...queryDims(plan), ...plan.filters.map((f) => f.dim)].flatMap((d) => (d.kind === 'tag' ? [d.tagKey] : []));
  if (wanted === 'aggregate') {
    if (!canAnswer) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_SPEC, 'The daily aggregate does not hold every dimension of this spec.');
    return aggregateSource(tagKeys);
  }
  if (!canAnswer || !(await pivotAggregatesFresh(db))) return FOCUS_SOURCE;
  return tagKeys.length === 0 || (await tagSetsDistinct(db)) ? aggregateSource(tagKeys) : FOCUS_SOURCE;
}

/** The pivot query's leaf rows summed into cells, read column by column (no row objects). */
async function cellsOf(db: Db, plan: Plan, q: SqlQuery, lap: (stage: PivotStage) => void): Promise<CellSet> {
  const reader = await db.read(q);
  lap('query');
  const cells = readCells(plan, reader.getColumnsObject(), reader.currentRowCount);
  lap('cells');
  return cells;
}

export async function run(db: Db, input: PivotSpecInput | PivotSpec, options: RunOptions = {}): Promise<PivotResult> {
  const { stages } = options;
  let t = stages ? performance.now() : 0;
  const lap = (stage: PivotStage) => {
    if (!stages) return;
    const now = performance.now();
    stages[stage] = (stages[stage] ?? 0) + now - t;
    t = now;
  };
  const spec = parsePivotSpec(input);
  const plan = planPivot(spec, await loadTagAliases(db));
  lap('plan');
  const source = await chooseSource(db, plan, options.source);
  lap('source');
  const period: Period = spec.period;
  const tops = await topNLists(db, plan, source, period);
  lap('topN');
  const current = await cellsOf(db, plan, buildPivotSql(plan, source, tops, period), lap);
  const window = needsPreviousPeriod(plan.measures) ? previousWindow(plan) : null;
  const before = window ? await cellsOf(db, plan, buildPivotSql(plan, source, tops, window), lap) : null;
  const hasBefore = window ? await workspaceHasLines(db, source, window) : true;
  lap('query');
  const result = assemble(plan, current, previousPeriod(plan, current, before, hasBefore), source.kind);
  await fillUnitCosts(db, plan, current, result);
  lap('assemble');
  // a level loaded under a parent belongs to a result whose notices were already given
  if (!plan.parent) result.notices = await pivotNotices(db, plan, result);
  lap('notices');
  return result;
}

/** Any line at all (whatever the filters) in [from, to): is there a previous period to compare with? */
async function workspaceHasLines(db: Db, source: Source, window: { from: string; to: string }): Promise<boolean> {
  const type = raw(source.timeType);
  const q = sql`SELECT EXISTS (SELECT 1 FROM ${source.table} WHERE ${source.time} >= CAST(${window.from} AS ${type}) AND ${source.time} < CAST(${window.to} AS ${type}))`;
  return (await db.value(q)) === true;
}
