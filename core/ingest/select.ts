// Builds the one SELECT that turns a source file into rows of the focus table.
import { FOCUS_FILLED_COLUMN, FOCUS_SPEC_COLUMNS, FOCUS_TABLE_COLUMNS, isMapColumn, MONEY_MAP_TYPE } from '../store/focus-columns.ts';
import { empty, ident, join, raw, sql, type SqlQuery } from '../sql/index.ts';
import { curSlashToSnake, LEGACY_TAG_PREFIX, SNAKE_TAG_PREFIX, tagKeyFromLegacy } from './aws/cur-names.ts';
import { curAllocationColumns, focusMoneyMap } from './aws/cur-allocation.ts';
import { snakeTagKeySql, TagKeyMap } from './aws/tag-key-map.ts';
import { curToFocus, serviceCategoryJoin, type FocusSelect } from './aws/cur-to-focus.ts';
import { feeLinesSelect, unusedRowsSelect } from './aws/unused-commitment.ts';
import { filledColumns, fillFocus } from './focus-fill.ts';
import { Family, FOCUS_ALIASES, type DetectedFormat } from './formats.ts';
import { colRef, readRelation, SourceColumns, type SourceColumn, type SourceFile, type ValueKind } from './source.ts';

const MAP_TYPE = raw('MAP(VARCHAR, VARCHAR)');
const NULL_MAP = sql`CAST(NULL AS ${MAP_TYPE})`;

/** Tags from one column per tag (legacy CUR): a MAP of the non-empty ones. */
function tagsFromColumns(columns: readonly SourceColumn[], prefix: string, keyOf: (column: string) => string): SqlQuery {
  const tagCols = columns.filter((c) => c.name.startsWith(prefix));
  if (tagCols.length === 0) return NULL_MAP;
  const entries = tagCols.map((c) => sql`struct_pack(key := ${keyOf(c.name)}, value := NULLIF(CAST(${colRef(c)} AS VARCHAR), ''))`);
  return sql`map_from_entries(list_filter([${join(entries)}], e -> e.value IS NOT NULL))`;
}

/** A MAP column, or JSON text of an object (CSV), as MAP(VARCHAR, VARCHAR). */
function asMap(col: SourceColumn): SqlQuery {
  if (col.type.startsWith('MAP')) return sql`CAST(${colRef(col)} AS ${MAP_TYPE})`;
  return sql`CAST(CAST(NULLIF(${colRef(col)}, '') AS JSON) AS ${MAP_TYPE})`;
}

/** CUR 2.0 `resource_tags`: keys through the tag key map (user_team -> Team, or team); empty values dropped. */
function cur2Tags(col: SourceColumn | undefined, tagKeys: TagKeyMap): SqlQuery {
  if (!col) return NULL_MAP;
  return sql`map_from_entries(list_transform(list_filter(map_entries(${asMap(col)}), e -> NULLIF(e.value, '') IS NOT NULL),
      e -> struct_pack(key := ${snakeTagKeySql(tagKeys, sql`e.key`)}, value := e.value)))`;
}

/**
 * CUR 2.0 Parquet: the Tags of each distinct `resource_tags` map, built once and joined back to
 * the file's lines (DuckDB builds a MAP at some 1.5 µs a row, a third of the mapping's time; a
 * month of 335k lines has a few hundred tag sets). The file is read a second time for that column
 * alone, which Parquet makes cheap; a CSV would be parsed twice, so it is not.
 */
function tagSetsJoin(src: SourceFile, col: SourceColumn, tagKeys: TagKeyMap): { tags: SqlQuery; join: SqlQuery } {
  const key = colRef(col);
  return {
    tags: sql`tag_sets.tags`,
    join: sql`LEFT JOIN (SELECT ${key} AS tag_set, ${cur2Tags(col, tagKeys)} AS tags FROM (SELECT DISTINCT ${key} FROM ${readRelation(src)})) AS tag_sets
      ON tag_sets.tag_set IS NOT DISTINCT FROM src.${key}`,
  };
}

/** No map: snake_case keys load as their own form (`team`). */
const NO_TAG_KEYS = new TagKeyMap(new Map(), new Map());

export interface MappedSource {
  exprs: FocusSelect;
  /** Joins the expressions need (reference tables), after the source relation `src`. */
  joins: SqlQuery;
  /** Text columns converted to numbers or timestamps (for tracing a bad value to its line). */
  converted: Map<SourceColumn, ValueKind>;
}

/** How a file is mapped: `tagSets`, each distinct tag map built once (for the load; see tagSetsJoin). */
export interface MapOptions {
  tagSets?: boolean;
}

function curSelect(src: SourceFile, format: DetectedFormat, tagKeys: TagKeyMap, options: MapOptions): MappedSource {
  const legacy = format.family === Family.CurLegacy;
  const c = new SourceColumns(src.columns, legacy ? curSlashToSnake : (n) => n);
  const productMap = format.family === Family.Cur2 ? src.columns.find((x) => x.name === 'product') : undefined;
  const productAttr = (attr: string): SqlQuery => {
    const key = `product_${attr}`;
    if (c.has(key) || !productMap) return c.str(key);
    if (productMap.type.startsWith('MAP')) return sql`NULLIF(map_extract_value(${colRef(productMap)}, ${attr}), '')`;
    return sql`NULLIF(json_extract_string(NULLIF(${colRef(productMap)}, ''), ${`$."${attr}"`}), '')`;
  };
  let tags: SqlQuery;
  let joins = serviceCategoryJoin(c);
  const tagMap = src.columns.find((x) => x.name === 'resource_tags');
  if (legacy) tags = tagsFromColumns(src.columns, LEGACY_TAG_PREFIX, tagKeyFromLegacy);
  else if (format.family === Family.CurLegacyAthena) tags = tagsFromColumns(src.columns, SNAKE_TAG_PREFIX, (n) => tagKeys.resolve(n.slice(SNAKE_TAG_PREFIX.length)).key);
  else if (tagMap && options.tagSets && src.container === 'parquet') {
    const sets = tagSetsJoin(src, tagMap, tagKeys);
    tags = sets.tags;
    joins = sql`${joins} ${sets.join}`;
  } else tags = cur2Tags(tagMap, tagKeys);
  const exprs = { ...curToFocus(c, tags, productAttr), ...curAllocationColumns(src.columns, c, legacy) };
  return { exprs, joins, converted: c.converted };
}

const focusName = (n: string): string => FOCUS_ALIASES[n] ?? n;

/** FOCUS files map by name; 1.0-preview names are aliased; Tags and x_CostCategories JSON become MAPs, x_Discounts a MAP of money; focus-fill.ts completes what FOCUS 1.2 determines. */
function focusSelect(src: SourceFile): MappedSource {
  const c = new SourceColumns(src.columns, focusName);
  const out: FocusSelect = {};
  for (const col of FOCUS_TABLE_COLUMNS) {
    if (col.name === 'x_ImportId' || !c.has(col.name)) continue;
    if (col.type === MONEY_MAP_TYPE) out[col.name] = focusMoneyMap(c.get(col.name)!);
    else if (isMapColumn(col)) out[col.name] = asMap(c.get(col.name)!);
    else if (col.type.startsWith('DECIMAL')) out[col.name] = c.num(col.name);
    else if (col.type === 'TIMESTAMP') out[col.name] = c.ts(col.name);
    else out[col.name] = c.str(col.name);
  }
  const filled = fillFocus(out);
  return { exprs: { ...filled, [FOCUS_FILLED_COLUMN]: filledColumns(out, filled) }, joins: empty, converted: c.converted };
}

/**
 * The FOCUS columns a FOCUS file carries under their own name: what it can deliver as it is. A
 * 1.0-preview name the ingest renames (`Provider`) is the workbench's mapping, not the file's column.
 */
export function deliveredFocusColumns(src: SourceFile): string[] {
  const c = new SourceColumns(src.columns, focusName);
  return FOCUS_SPEC_COLUMNS.map((col) => col.name).filter((n) => c.get(n)?.name === n);
}

/** `tagKeys`: the workspace's tag key map, for snake_case tag keys (aws/tag-key-map.ts). */
export function mapSource(src: SourceFile, format: DetectedFormat, tagKeys: TagKeyMap = NO_TAG_KEYS, options: MapOptions = {}): MappedSource {
  return format.family === Family.Focus ? focusSelect(src) : curSelect(src, format, tagKeys, options);
}

/** `SELECT <expr> AS "Col", ..., <importId> AS x_ImportId FROM read_...(file)`, and the columns it names. */
export function mappedSelect(src: SourceFile, format: DetectedFormat, importId: number, tagKeys: TagKeyMap = NO_TAG_KEYS, options: MapOptions = {}): { query: SqlQuery; columns: string[] } {
  const { exprs, joins } = mapSource(src, format, tagKeys, options);
  const items = Object.entries(exprs).map(([name, e]) => sql`${e} AS ${ident(name)}`);
  items.push(sql`CAST(${importId} AS INTEGER) AS ${ident('x_ImportId')}`);
  return { query: sql`SELECT ${join(items, ',\n  ')} FROM ${readRelation(src)} AS src ${joins}`, columns: [...Object.keys(exprs), 'x_ImportId'] };
}

/**
 * The rows a file adds to the focus table. A FOCUS file's are its mapped rows. A CUR file's carry
 * each recurring fee without its unused part (`lines`), then, read again for the fees alone, a
 * row of its own for that part (`unused`, aws/unused-commitment.ts).
 */
export function focusInserts(src: SourceFile, format: DetectedFormat, importId: number, tagKeys: TagKeyMap = NO_TAG_KEYS): { lines: SqlQuery; unused?: SqlQuery } {
  const mapped = mappedSelect(src, format, importId, tagKeys, { tagSets: true });
  if (format.family === Family.Focus) return { lines: mapped.query };
  // the unused rows are a few fees: their tags are built as they are read
  const fees = mappedSelect(src, format, importId, tagKeys);
  return { lines: feeLinesSelect(mapped.query), unused: unusedRowsSelect(fees.query, fees.columns) };
}

/** The file's rows as the focus table holds them (FOCUS-native, or a CUR file's lines and unused rows). */
export function buildFocusSelect(src: SourceFile, format: DetectedFormat, importId: number, tagKeys: TagKeyMap = NO_TAG_KEYS): SqlQuery {
  const { lines, unused } = focusInserts(src, format, importId, tagKeys);
  return unused ? sql`${lines} UNION ALL BY NAME ${unused}` : lines;
}
