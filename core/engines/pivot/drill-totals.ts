// The count and cost of a drill-down cell's lines. Where the pivot read the cell from the daily
// aggregate (fresh: equal to focus, aggregates.ts), its lines are counted there too: the same
// conditions on a few thousand rows instead of a scan of focus. The aggregate holds each group's
// exact DECIMAL sums and line count, so both figures are the ones focus gives, to the cent. The
// grid's own filters (on any column) narrow the cell below the aggregate's grain: then focus.
import { ident, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN } from './constants.ts';
import type { DrillScope } from './drill.ts';
import { exactToNumber, parseExact } from './exact.ts';
import { FOCUS_SOURCE } from './source.ts';

export interface DrillTotals {
  lines: number;
  cost: number;
}

export async function drillTotals(db: Db, scope: DrillScope): Promise<DrillTotals> {
  const basis = ident(COST_BASIS_COLUMN[scope.spec.basis]);
  const source = scope.filtered ? FOCUS_SOURCE : await scope.pivotSource();
  const where = source.kind === 'focus' ? scope.where : scope.cellOn(source);
  const t = await db.one(sql`SELECT CAST(${source.lines} AS BIGINT) AS n, CAST(sum(${basis}) AS VARCHAR) AS c FROM ${source.table} WHERE ${where}`);
  return { lines: Number(t?.n ?? 0), cost: exactToNumber(parseExact(t?.c as string | null)) };
}
