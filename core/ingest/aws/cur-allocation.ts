// Cost allocation data a CUR carries beside its costs (core/ingest/SPEC.md: "Cost categories",
// "Discounts", "Split cost allocation"). Each comes in three shapes, and all three load the same:
//   legacy CSV        costCategory/CostCenter   discount/EdpDiscount      splitLineItem/SplitCost
//   Athena / Parquet  cost_category_cost_center discount_edp_discount     split_line_item_split_cost
//   CUR 2.0           cost_category['…'] map    discount['…'] map (+ discount_* columns)   split_line_item_split_cost
import { join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import { MONEY_MAP_TYPE, MONEY_TYPE, TEXT_MAP_TYPE } from '../../store/focus-columns.ts';
import { colRef, type SourceColumn, type SourceColumns } from '../source.ts';
import type { FocusSelect } from './cur-to-focus.ts';
import { curSlashToSnake } from './cur-names.ts';

export const LEGACY_COST_CATEGORY_PREFIX = 'costCategory/';
export const SNAKE_COST_CATEGORY_PREFIX = 'cost_category_';
export const CUR2_COST_CATEGORY_MAP = 'cost_category';
export const LEGACY_DISCOUNT_PREFIX = 'discount/';
export const SNAKE_DISCOUNT_PREFIX = 'discount_';
export const CUR2_DISCOUNT_MAP = 'discount';

/** split_line_item_* (snake names; legacy `splitLineItem/SplitCost` converts to them) → focus column. */
export const SPLIT_COLUMNS: Readonly<Record<string, { column: string; kind: 'text' | 'number' }>> = {
  split_line_item_parent_resource_id: { column: 'x_SplitParentResourceId', kind: 'text' },
  split_line_item_split_cost: { column: 'x_SplitCost', kind: 'number' },
  split_line_item_unused_cost: { column: 'x_SplitUnusedCost', kind: 'number' },
  split_line_item_net_split_cost: { column: 'x_SplitNetCost', kind: 'number' },
  split_line_item_net_unused_cost: { column: 'x_SplitNetUnusedCost', kind: 'number' },
  split_line_item_public_on_demand_split_cost: { column: 'x_SplitPublicOnDemandCost', kind: 'number' },
  split_line_item_public_on_demand_unused_cost: { column: 'x_SplitPublicOnDemandUnusedCost', kind: 'number' },
  split_line_item_split_usage: { column: 'x_SplitUsage', kind: 'number' },
  split_line_item_split_usage_ratio: { column: 'x_SplitUsageRatio', kind: 'number' },
  split_line_item_reserved_usage: { column: 'x_SplitReservedUsage', kind: 'number' },
  split_line_item_actual_usage: { column: 'x_SplitActualUsage', kind: 'number' },
};

const TEXT_MAP = raw(TEXT_MAP_TYPE);
const MONEY_MAP = raw(MONEY_MAP_TYPE);
const MONEY = raw(MONEY_TYPE);

/** One (key, value) of a map being built; value null when the line has none. */
interface Entry {
  key: string;
  value: SqlQuery;
}

/**
 * The MAP of the entries that have a value, or NULL when none has (a line with no cost category
 * is "uncategorized", the same in every form, not an empty map in one and NULL in another).
 * `fromMap` adds the entries of a map column whose keys the columns do not already give.
 */
function mapOf(entries: readonly Entry[], fromMap: SqlQuery | null, type: typeof TEXT_MAP): SqlQuery {
  const listed = entries.map((e) => sql`struct_pack(key := ${e.key}, value := ${e.value})`);
  const keys = entries.map((e) => e.key);
  const parts: SqlQuery[] = [];
  if (listed.length > 0) parts.push(sql`[${join(listed)}]`);
  if (fromMap) parts.push(keys.length > 0 ? sql`list_filter(map_entries(${fromMap}), e -> NOT list_contains([${join(keys)}], e.key))` : sql`map_entries(${fromMap})`);
  if (parts.length === 0) return sql`CAST(NULL AS ${type})`;
  const all = parts.length === 1 ? parts[0]! : sql`list_concat(${join(parts)})`;
  const present = sql`list_filter(${all}, e -> e.value IS NOT NULL)`;
  return sql`CASE WHEN len(${present}) = 0 THEN NULL ELSE CAST(map_from_entries(${present}) AS ${type}) END`;
}

/** A map column of the file (Parquet MAP, or JSON object text in CSV) as MAP(VARCHAR, VARCHAR), empty values as null. */
function textMapEntries(col: SourceColumn): SqlQuery {
  const m = col.type.startsWith('MAP') ? sql`CAST(${colRef(col)} AS ${TEXT_MAP})` : sql`CAST(CAST(NULLIF(${colRef(col)}, '') AS JSON) AS ${TEXT_MAP})`;
  return unlessEmpty(col, sql`map_from_entries(list_transform(map_entries(${m}), e -> struct_pack(key := e.key, value := NULLIF(e.value, ''))))`);
}

/**
 * NULL for a line whose map is empty, without running the per-entry lambdas: CUR 2.0 writes
 * `cost_category` and `discount` on every line, and on most lines they are empty.
 */
function unlessEmpty(col: SourceColumn, expr: SqlQuery): SqlQuery {
  const empty = col.type.startsWith('MAP') ? sql`cardinality(${colRef(col)}) = 0` : sql`NULLIF(${colRef(col)}, '') IS NULL OR ${colRef(col)} = '{}'`;
  return sql`CASE WHEN ${empty} THEN NULL ELSE ${expr} END`;
}

/**
 * A map of numbers (CUR 2.0 `discount` is MAP(VARCHAR, DOUBLE)) as exact money: each value goes
 * through its shortest text, as the cost columns do, so -0.104 stays -0.104 and not -0.10399….
 */
function moneyMap(col: SourceColumn): SqlQuery {
  const asText = col.type.startsWith('MAP') ? sql`CAST(${colRef(col)} AS ${TEXT_MAP})` : sql`CAST(CAST(NULLIF(${colRef(col)}, '') AS JSON) AS ${TEXT_MAP})`;
  return unlessEmpty(col, sql`map_from_entries(list_transform(map_entries(${asText}), e -> struct_pack(key := e.key, value := CAST(NULLIF(trim(e.value), '') AS ${MONEY}))))`);
}

/** A FOCUS file's x_Discounts (AWS's FOCUS export: a map of numbers, or JSON text in CSV), empty as NULL. */
export function focusMoneyMap(col: SourceColumn): SqlQuery {
  return mapOf([], moneyMap(col), MONEY_MAP);
}

/** The columns of one group (cost categories, discounts), with the key each one gives. */
function prefixed(columns: readonly SourceColumn[], prefix: string, keyOf: (name: string) => string): { col: SourceColumn; key: string }[] {
  return columns.filter((c) => c.name.startsWith(prefix) && c.name.length > prefix.length).map((col) => ({ col, key: keyOf(col.name) }));
}

export function curAllocationColumns(columns: readonly SourceColumn[], c: SourceColumns, legacy: boolean): FocusSelect {
  // Cost categories are named by the customer: legacy headers keep the name as written
  // (`costCategory/CostCenter` → CostCenter); the snake forms only have AWS's snake_case of it.
  const categoryCols = legacy
    ? prefixed(columns, LEGACY_COST_CATEGORY_PREFIX, (n) => n.slice(LEGACY_COST_CATEGORY_PREFIX.length))
    : prefixed(columns, SNAKE_COST_CATEGORY_PREFIX, (n) => n.slice(SNAKE_COST_CATEGORY_PREFIX.length));
  const categoryMap = legacy ? undefined : columns.find((x) => x.name === CUR2_COST_CATEGORY_MAP);
  const categories = mapOf(
    // read by the column itself: two names may share a snake form (`Cost Center`, `CostCenter`)
    categoryCols.map(({ col, key }) => ({ key, value: sql`NULLIF(CAST(${colRef(col)} AS VARCHAR), '')` })),
    categoryMap ? textMapEntries(categoryMap) : null,
    TEXT_MAP,
  );

  // Discount keys are AWS's own names, snake_case in every form (discount/EdpDiscount → edp_discount).
  const discountCols = legacy
    ? prefixed(columns, LEGACY_DISCOUNT_PREFIX, (n) => curSlashToSnake(n).slice(SNAKE_DISCOUNT_PREFIX.length))
    : prefixed(columns, SNAKE_DISCOUNT_PREFIX, (n) => n.slice(SNAKE_DISCOUNT_PREFIX.length));
  const discountMap = legacy ? undefined : columns.find((x) => x.name === CUR2_DISCOUNT_MAP);
  const discounts = mapOf(
    discountCols.map(({ col, key }) => ({ key, value: c.num(legacy ? curSlashToSnake(col.name) : col.name) })),
    discountMap ? moneyMap(discountMap) : null,
    MONEY_MAP,
  );

  const out: FocusSelect = { x_CostCategories: categories, x_Discounts: discounts };
  for (const [name, { column, kind }] of Object.entries(SPLIT_COLUMNS)) out[column] = kind === 'text' ? c.str(name) : c.num(name);
  return out;
}
