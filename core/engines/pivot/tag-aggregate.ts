// Tags in the acceleration: pivot_agg is also grouped by each line's tag set (TagSetId, a hash of
// its Tags map), pivot_tag_sets keeps each set's map once, and pivot_tag_values holds the sets'
// effective entries (tag aliases applied through engines/tags/aliases, the same SQL a pivot on
// focus prints), one row per (set, key). A pivot by tag:KEY joins it to pivot_agg on (set, KEY):
// thousands of sets instead of millions of maps. pivot_tag_values is rebuilt whole (it is small)
// after every refresh of the aggregate and in the transaction of every alias change.
import { ident, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { effectiveTagsSql, loadTagAliases } from '../tags/aliases/effective.ts';
import { AGG_TAG_SET_COLUMN, AGG_TAG_SETS_TABLE, AGG_TAG_VALUES_TABLE, FOCUS_TABLE } from './source.ts';

const TAGS = ident('Tags');
const SET = ident(AGG_TAG_SET_COLUMN);

/** A line's tag set id; null for a line without tags. */
export const TAG_SET_ID_SQL: SqlQuery = sql`CASE WHEN ${TAGS} IS NULL THEN NULL ELSE hash(${TAGS}) END`;

/** Adds the tag sets of focus rows matching `where` that are not kept yet. */
export async function addTagSets(db: Db, where: SqlQuery): Promise<void> {
  await db.run(sql`INSERT INTO ${ident(AGG_TAG_SETS_TABLE)}
    SELECT DISTINCT ${TAG_SET_ID_SQL} AS ${SET}, ${TAGS} FROM ${ident(FOCUS_TABLE)}
    WHERE ${where} AND ${TAGS} IS NOT NULL AND ${TAG_SET_ID_SQL} NOT IN (SELECT ${SET} FROM ${ident(AGG_TAG_SETS_TABLE)})`);
}

export async function clearTagSets(db: Db): Promise<void> {
  await db.run(sql`DELETE FROM ${ident(AGG_TAG_SETS_TABLE)}`);
}

/** Rebuilds the sets' effective entries with the workspace's aliases. Run it in the caller's transaction. */
export async function refreshTagValues(db: Db): Promise<void> {
  const aliases = await loadTagAliases(db);
  await db.run(sql`DELETE FROM ${ident(AGG_TAG_VALUES_TABLE)}`);
  await db.run(sql`INSERT INTO ${ident(AGG_TAG_VALUES_TABLE)}
    SELECT ${SET}, e.key, e.value FROM (SELECT ${SET}, unnest(map_entries(${effectiveTagsSql(aliases, TAGS)})) AS e FROM ${ident(AGG_TAG_SETS_TABLE)})`);
}

/**
 * The tag part of the aggregate can answer when no two maps share an id (a 64-bit hash: a clash
 * is very unlikely, and would make a tag pivot read focus rather than merge two sets).
 */
export async function tagSetsDistinct(db: Db): Promise<boolean> {
  try {
    return (await db.value(sql`SELECT count(*) = count(DISTINCT ${SET}) FROM ${ident(AGG_TAG_SETS_TABLE)}`)) === true;
  } catch {
    return false;
  }
}
