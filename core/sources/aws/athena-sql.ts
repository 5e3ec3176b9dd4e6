// The Athena queries of a pull, for each kind of table: legacy CUR, CUR 2.0 and AWS FOCUS exports.
// Line items select only the columns the FOCUS mapping reads; the aggregate sums them in Athena by
// day × account × service × region × usage type × line item type (ChargeCategory for FOCUS) × the
// chosen tags and cost categories, so a billion-line month arrives as thousands of rows. Rows keep
// the table's own names and shapes (columns, or maps as JSON; FOCUS names in their spec case), so
// the same ingest mapping loads them as it loads a file of that export.
import { FOCUS_TABLE_COLUMNS } from '../../store/focus-columns.ts';
import { costCategoryColumns, tagColumns, type ChosenKeys } from './athena-keys.ts';
import { aggregate, lineItems, periodFilter, present, type AggregatePlan, type AthenaQuery, type Selected } from './athena-sql-parts.ts';
import { CurVersion, type AthenaTable } from './athena-table.ts';
import { ATHENA_DISCOUNT_PREFIX, ATHENA_SPLIT_PREFIX, CUR2_PRODUCT_DIMENSIONS, CUR_AMOUNTS, CUR_DETAIL, CUR_DETAIL_AMOUNTS, CUR_DIMENSIONS, CUR_USAGE_END, CUR_USAGE_START, Cur2Map } from './cur-columns.ts';
import { FOCUS_AGGREGATE_AMOUNTS, FOCUS_AGGREGATE_DIMENSIONS, FOCUS_COST_CATEGORIES, FOCUS_DAY, FOCUS_PERIOD_START, FOCUS_TAGS } from './focus-table-columns.ts';

export { athenaIdent, athenaLiteral, ATHENA_MONEY, type AthenaQuery } from './athena-sql-parts.ts';

export const Extract = {
  LineItems: 'line-items',
  Aggregate: 'aggregate',
} as const;
export type ExtractName = (typeof Extract)[keyof typeof Extract];

const CUR_PERIOD_START = 'bill_billing_period_start_date';
const CUR_AMOUNT_SET = new Set<string>([...CUR_AMOUNTS, ...CUR_DETAIL_AMOUNTS]);

/** Numbers by the table's own type (Glue's double, decimal...): cast to exact decimals like the amounts. */
const NUMERIC = /^(double|float|real|decimal|bigint|int|integer)/;
const numericColumns = (t: AthenaTable, names: readonly string[]) => names.filter((c) => NUMERIC.test(t.columns.get(c) ?? ''));
const withPrefix = (t: AthenaTable, prefix: string) => [...t.columns.keys()].filter((c) => c.startsWith(prefix));

function curLineItems(t: AthenaTable, period: string): AthenaQuery {
  const cols: Selected[] = present(t, [...CUR_DIMENSIONS, CUR_USAGE_START, CUR_USAGE_END, ...CUR_DETAIL, ...CUR_AMOUNTS]).map((c) => ({ column: c, ...(CUR_AMOUNT_SET.has(c) ? { kind: 'money' as const } : {}) }));
  if (t.version === CurVersion.Legacy) cols.push(...[...tagColumns(t), ...costCategoryColumns(t)].map((c) => ({ column: c })));
  else cols.push(...present(t, Object.values(Cur2Map)).map((c) => ({ column: c, kind: 'json' as const })));
  const allocation = [...withPrefix(t, ATHENA_DISCOUNT_PREFIX), ...withPrefix(t, ATHENA_SPLIT_PREFIX)];
  const numeric = new Set(numericColumns(t, allocation));
  cols.push(...allocation.map((c) => ({ column: c, ...(numeric.has(c) ? { kind: 'money' as const } : {}) })));
  return lineItems(t, cols, periodFilter(t, period, CUR_PERIOD_START));
}

function curAggregate(t: AthenaTable, period: string, keys: ChosenKeys): AthenaQuery {
  const same = (c: string) => ({ column: c, as: c });
  const plan: AggregatePlan = {
    day: { column: CUR_USAGE_START, startAs: CUR_USAGE_START, endAs: CUR_USAGE_END },
    dims: [...present(t, CUR_DIMENSIONS), ...keys.columns].map(same),
    maps:
      t.version === CurVersion.Cur2
        ? [
            // Product attributes that CUR 2.0 keeps in the map rather than as columns of their own.
            { column: Cur2Map.Product, as: Cur2Map.Product, keys: t.columns.has(Cur2Map.Product) ? CUR2_PRODUCT_DIMENSIONS.filter((a) => !t.columns.has(`product_${a}`)) : [] },
            { column: Cur2Map.Tags, as: Cur2Map.Tags, keys: keys.tagKeys },
            { column: Cur2Map.CostCategory, as: Cur2Map.CostCategory, keys: keys.costCategoryKeys },
          ]
        : [],
    // Discount columns are amounts like any other (a CUR 2.0 `discount` map cannot be summed: left out).
    sums: [...present(t, CUR_AMOUNTS), ...numericColumns(t, withPrefix(t, ATHENA_DISCOUNT_PREFIX))].map(same),
  };
  return aggregate(t, plan, periodFilter(t, period, CUR_PERIOD_START));
}

/** FOCUS columns of the workspace, by the lower-case name Athena gives them. */
const FOCUS_BY_LOWER = new Map(FOCUS_TABLE_COLUMNS.filter((c) => c.name !== 'x_ImportId').map((c) => [c.name.toLowerCase(), c]));

function focusLineItems(t: AthenaTable, period: string): AthenaQuery {
  const cols: Selected[] = [];
  for (const [lower, def] of FOCUS_BY_LOWER) {
    if (!t.columns.has(lower)) continue;
    cols.push({ column: lower, as: def.name, ...(def.type.startsWith('MAP') ? { kind: 'json' as const } : def.type.startsWith('DECIMAL') ? { kind: 'money' as const } : {}) });
  }
  return lineItems(t, cols, periodFilter(t, period, FOCUS_PERIOD_START));
}

function focusAggregate(t: AthenaTable, period: string, keys: ChosenKeys): AthenaQuery {
  const byName = (names: readonly string[]) => names.filter((n) => t.columns.has(n.toLowerCase())).map((n) => ({ column: n.toLowerCase(), as: n }));
  const plan: AggregatePlan = {
    day: { column: FOCUS_DAY[0], startAs: FOCUS_DAY[1], endAs: FOCUS_DAY[2] },
    dims: byName(FOCUS_AGGREGATE_DIMENSIONS),
    maps: [
      { column: FOCUS_TAGS[0], as: FOCUS_TAGS[1], keys: t.columns.has(FOCUS_TAGS[0]) ? keys.tagKeys : [] },
      { column: FOCUS_COST_CATEGORIES[0], as: FOCUS_COST_CATEGORIES[1], keys: t.columns.has(FOCUS_COST_CATEGORIES[0]) ? keys.costCategoryKeys : [] },
    ],
    sums: byName(FOCUS_AGGREGATE_AMOUNTS),
  };
  return aggregate(t, plan, periodFilter(t, period, FOCUS_PERIOD_START));
}

export function buildQuery(t: AthenaTable, period: string, extract: ExtractName, keys: ChosenKeys): AthenaQuery {
  if (t.version === CurVersion.Focus) return extract === Extract.Aggregate ? focusAggregate(t, period, keys) : focusLineItems(t, period);
  return extract === Extract.Aggregate ? curAggregate(t, period, keys) : curLineItems(t, period);
}

const NO_KEYS: ChosenKeys = { columns: [], tagKeys: [], costCategoryKeys: [] };

/** The line-item query of any table version (for callers that show a query without a pull). */
export function lineItemsQuery(t: AthenaTable, period: string): AthenaQuery {
  return buildQuery(t, period, Extract.LineItems, NO_KEYS);
}

/** The aggregate query of any table version, with the keys chosen by chooseKeys / resolveTags. */
export function aggregateQuery(t: AthenaTable, period: string, keys: ChosenKeys): AthenaQuery {
  return buildQuery(t, period, Extract.Aggregate, keys);
}
