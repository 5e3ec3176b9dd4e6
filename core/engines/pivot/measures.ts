// Measures: the names a spec may ask for, and which exact sums the query must carry for them.
// Money is summed as DECIMAL in DuckDB and only rounded when presented (exact.ts).
import { WorkbenchError } from '../../errors.ts';
import { COST_BASIS_COLUMN, MEASURE, MONEY_COLUMNS, USAGE_COLUMN, type CostBasis, type SummedMoney } from './constants.ts';
import { PROVIDER_COST_COLUMNS } from '../../store/focus-columns.ts';
import { PivotErrorCode } from './errors.ts';
import { UNIT_COST_MEASURE_PREFIX, unitCostMeasure } from './unit-cost-measure.ts';

// provider cost columns (x_UnblendedCost...) sum like the bases
export { PROVIDER_COST_COLUMNS };

export type Measure =
  | { name: string; kind: 'money'; column: SummedMoney }
  | { name: string; kind: 'usage' }
  | { name: string; kind: 'lines' }
  | { name: string; kind: 'share'; column: SummedMoney }
  | { name: string; kind: 'change'; column: SummedMoney }
  | { name: string; kind: 'changePct'; column: SummedMoney }
  /** `unitCost:<metric>`: the cell's cost ÷ the metric's volume over the same days (unit-cost-measure.ts). */
  | { name: string; kind: 'unitCost'; column: SummedMoney; metric: string };

export const MEASURE_NAMES: readonly string[] = [...MONEY_COLUMNS, ...Object.values(MEASURE), USAGE_COLUMN, ...PROVIDER_COST_COLUMNS, `${UNIT_COST_MEASURE_PREFIX}<metric>`];

export function resolveMeasure(name: string, basis: CostBasis): Measure {
  const basisColumn = COST_BASIS_COLUMN[basis];
  if ((MONEY_COLUMNS as readonly string[]).includes(name)) return { name, kind: 'money', column: name as SummedMoney };
  if (PROVIDER_COST_COLUMNS.includes(name)) return { name, kind: 'money', column: name as SummedMoney };
  if (name.startsWith(UNIT_COST_MEASURE_PREFIX)) return unitCostMeasure(name, basisColumn);
  switch (name) {
    case MEASURE.cost:
      return { name, kind: 'money', column: basisColumn };
    case MEASURE.usage:
    case USAGE_COLUMN:
      return { name, kind: 'usage' };
    case MEASURE.lines:
      return { name, kind: 'lines' };
    case MEASURE.share:
      return { name, kind: 'share', column: basisColumn };
    case MEASURE.change:
      return { name, kind: 'change', column: basisColumn };
    case MEASURE.changePct:
      return { name, kind: 'changePct', column: basisColumn };
    default: {
      const near = MEASURE_NAMES.find((m) => m.toLowerCase() === name.trim().toLowerCase());
      throw new WorkbenchError(
        PivotErrorCode.PIVOT_UNKNOWN_MEASURE,
        `Unknown measure "${name}".${near ? ` Did you mean "${near}"?` : ''} Use one of: ${MEASURE_NAMES.join(', ')}.`,
        { measure: name, suggestion: near ?? null, allowed: MEASURE_NAMES },
      );
    }
  }
}

/** Money columns the query must sum: every money-based measure's column and the basis (sort, top-N). */
export function moneyColumnsNeeded(measures: readonly Measure[], basis: CostBasis): SummedMoney[] {
  const set = new Set<SummedMoney>([COST_BASIS_COLUMN[basis]]);
  for (const m of measures) if ('column' in m) set.add(m.column);
  return [...MONEY_COLUMNS.filter((c) => set.has(c)), ...[...set].filter((c) => !(MONEY_COLUMNS as readonly string[]).includes(c)).sort()];
}

export function needsUsage(measures: readonly Measure[]): boolean {
  return measures.some((m) => m.kind === 'usage');
}

export function needsPreviousPeriod(measures: readonly Measure[]): boolean {
  return measures.some((m) => m.kind === 'change' || m.kind === 'changePct');
}
