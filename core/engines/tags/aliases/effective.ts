// The one place where aliases meet tags: every engine that reads a tag (pivot, drill-down,
// filter values, forecast scopes, the audit, the pivot's tag aggregate) prints it through here.
// The rule (SPEC "Aliases"): the effective value of key K on a line is the value of K itself,
// else of the first key aliased to K (in code-point order) that the line has; then, if that value
// has a value alias under K, its target. Keys aliased to another key are gone from the effective
// map. The loaded Tags are never rewritten: this is SQL over them.
import { ident, join, sql, type SqlQuery } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import type { TagAlias } from './alias.ts';

export const TAGS_COLUMN = ident('Tags');

export interface TagAliasSet {
  /** from key → canonical key. */
  keys: ReadonlyMap<string, string>;
  /** canonical key → (from value → canonical value). */
  values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Changes whenever an alias does (caches of tag results are keyed by it). */
  signature: string;
}

/** How one key is read: its own value, then its source keys', then its value aliases. */
export interface TagKeyRule {
  key: string;
  /** The key is itself aliased to this key: it is gone from the effective map (reads as missing). */
  aliasOf: string | null;
  sources: readonly string[];
  values: readonly (readonly [from: string, to: string])[];
}

export const NO_TAG_ALIASES: TagAliasSet = { keys: new Map(), values: new Map(), signature: '' };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function aliasSetOf(aliases: readonly TagAlias[]): TagAliasSet {
  const keys = new Map<string, string>();
  const values = new Map<string, Map<string, string>>();
  for (const a of aliases) {
    if (a.kind === 'key') keys.set(a.from, a.to);
    else {
      const k = a.key ?? '';
      if (!values.has(k)) values.set(k, new Map());
      values.get(k)!.set(a.from, a.to);
    }
  }
  const signature = aliases.length === 0 ? '' : JSON.stringify(aliases.map((a) => [a.kind, a.key, a.from, a.to]));
  return { keys, values, signature };
}

export async function loadTagAliases(db: Db): Promise<TagAliasSet> {
  const rows = await db.all(sql`SELECT kind, "key", from_value, to_value FROM tag_aliases ORDER BY kind, "key", from_value`);
  return aliasSetOf(rows.map((r) => ({ kind: r.kind as TagAlias['kind'], key: r.kind === 'key' ? null : String(r.key), from: String(r.from_value), to: String(r.to_value), createdAt: '' })));
}

export function keyRule(set: TagAliasSet, key: string): TagKeyRule {
  const sources = [...set.keys].filter(([, to]) => to === key).map(([from]) => from).sort(byCodePoint);
  const values = [...(set.values.get(key) ?? new Map<string, string>())].sort((a, b) => byCodePoint(a[0], b[0]));
  return { key, aliasOf: set.keys.get(key) ?? null, sources, values };
}

export function ruleIsPlain(rule: TagKeyRule): boolean {
  return rule.aliasOf === null && rule.sources.length === 0 && rule.values.length === 0;
}

/** The effective value of the rule's key, over a Tags map expression. */
export function effectiveTagValueSql(rule: TagKeyRule, tags: SqlQuery | typeof TAGS_COLUMN = TAGS_COLUMN): SqlQuery {
  if (rule.aliasOf !== null) return sql`CAST(NULL AS VARCHAR)`;
  const own = sql`${tags}[${rule.key}]`;
  const found = rule.sources.length === 0 ? own : sql`coalesce(${join([own, ...rule.sources.map((s) => sql`${tags}[${s}]`)])})`;
  if (rule.values.length === 0) return found;
  const cases = rule.values.map(([from, to]) => sql`WHEN ${from} THEN ${to}`);
  return sql`(CASE ${found} ${join(cases, ' ')} ELSE ${found} END)`;
}

/** Keys whose effective value differs from the raw one: canonical keys with a rule. */
function ruledKeys(set: TagAliasSet): string[] {
  return [...new Set([...set.keys.values(), ...set.values.keys()])].sort(byCodePoint);
}

/**
 * The effective Tags map of a line: untouched keys as loaded, every aliased key gone, every key
 * with a rule holding its effective value. Plain `Tags` when there is no alias.
 */
export function effectiveTagsSql(set: TagAliasSet, tags: SqlQuery | typeof TAGS_COLUMN = TAGS_COLUMN): SqlQuery {
  const ruled = ruledKeys(set);
  if (ruled.length === 0) return sql`${tags}`;
  const dropped = [...new Set([...ruled, ...set.keys.keys()])];
  const kept = sql`list_filter(map_entries(${tags}), e -> NOT list_contains([${join(dropped)}], e.key))`;
  const added = sql`list_filter([${join(ruled.map((k) => sql`{'key': CAST(${k} AS VARCHAR), 'value': ${effectiveTagValueSql(keyRule(set, k), tags)}}`))}], e -> e.value IS NOT NULL)`;
  return sql`(CASE WHEN ${tags} IS NULL THEN NULL ELSE map_from_entries(list_concat(${kept}, ${added})) END)`;
}
