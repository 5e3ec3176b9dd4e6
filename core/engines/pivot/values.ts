// The values of one dimension, for a filter picker: each key as a pivot prints it, with the
// cost and lines behind it over the spec's period and its other filters (a filter never hides
// the values it could still pick), biggest first. Same dimensions, same keys, same sources as
// a pivot, so a value picked here matches exactly the lines a pivot shows under it.
import { ident, raw, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { whereSql } from './build-sql.ts';
import { COST_BASIS_COLUMN } from './constants.ts';
import { groupSql, keySql } from './dimensions.ts';
import { PivotErrorCode } from './errors.ts';
import { centsToNumber, parseExact, roundToCents } from './exact.ts';
import { keyLabel } from './labels.ts';
import { planPivot } from './plan.ts';
import { chooseSource, parsePivotSpec } from './run.ts';
import { valuesRequestSchema, type ValuesRequest } from './spec.ts';
import { loadTagAliases } from '../tags/aliases/effective.ts';

export { valuesRequestSchema, type ValuesRequest };

export interface DimensionValue {
  /** The key as filters and cells name it (null: the value is missing). */
  key: string | null;
  label: string;
  /** Σ basis cost, exact in DuckDB, rounded once to cents (half away from zero). */
  cost: number;
  lines: number;
}

export interface DimensionValues {
  dimension: string;
  values: DimensionValue[];
  /** More keys matched than `limit`. */
  truncated: boolean;
}

export async function dimensionValues(db: Db, input: unknown): Promise<DimensionValues> {
  const parsed = valuesRequestSchema.safeParse(input);
  if (!parsed.success) throw new WorkbenchError(PivotErrorCode.PIVOT_BAD_SPEC, `Invalid values request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const req = parsed.data;
  const base = parsePivotSpec(req.spec);
  const spec = parsePivotSpec({
    kind: 'pivot',
    rows: [req.dimension],
    basis: base.basis,
    grain: base.grain,
    period: base.period,
    filters: base.filters.filter((f) => f.dimension !== req.dimension),
  });
  const plan = planPivot(spec, await loadTagAliases(db));
  const dim = plan.rowDims[0]!;
  const source = await chooseSource(db, plan);
  const basis = ident(COST_BASIS_COLUMN[spec.basis]);
  const search = req.search?.trim() ? sql` WHERE contains(lower(k), lower(${req.search.trim()}))` : sql``;
  const rows = await db.all(
    sql`WITH base AS (SELECT ${groupSql(dim, source)} AS d, sum(${basis}) AS v, ${source.lines} AS n FROM ${source.table} WHERE ${whereSql(plan, source, spec.period)} GROUP BY d),
keyed AS (SELECT ${keySql(dim, raw('d'))} AS k, sum(v) AS v, sum(n) AS n FROM base GROUP BY k)
SELECT k, CAST(v AS VARCHAR) AS c, CAST(n AS BIGINT) AS n FROM keyed${search} ORDER BY v DESC NULLS LAST, k ASC NULLS LAST LIMIT ${req.limit + 1}`,
  );
  const values = rows.slice(0, req.limit).map((r) => {
    const key = r.k === null ? null : String(r.k);
    return { key, label: keyLabel(dim, key), cost: centsToNumber(roundToCents(parseExact(r.c as string | null))), lines: Number(r.n) };
  });
  return { dimension: req.dimension, values, truncated: rows.length > req.limit };
}
