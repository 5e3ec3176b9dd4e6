// SPEC step 5 (hygiene): spellings of one key, and of one value within a key, clustered, each
// cluster with a suggested canonical form and the cost behind every variant. Read over the tags
// as every engine sees them (through the aliases), so an accepted merge leaves its cluster.
import { ident, join, raw, sql, stringLiteral, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { COST_BASIS_COLUMN } from '../pivot/constants.ts';
import { effectiveTagsSql, type TagAliasSet } from './aliases/effective.ts';
import { SPELLING_SEPARATORS, VALUE_SYNONYMS, WILDCARD } from './constants.ts';
import { periodWhere } from './lines.ts';
import type { TagPolicy } from './policy.ts';
import type { KeyVariantCluster, ValueVariantCluster } from './result.ts';
import type { TagAuditSpec } from './spec.ts';

const SEPARATORS = new RegExp(`[${SPELLING_SEPARATORS.replace('-', '\\-')}]`, 'g');
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A key's spelling with case, separators and a plural `s` set aside: `Cost-Centers` → `costcenter`. */
export function keyForm(key: string): string {
  const bare = key.toLowerCase().replace(SEPARATORS, '');
  return bare.length > 3 && bare.endsWith('s') ? bare.slice(0, -1) : bare;
}

/** A value's spelling with case and separators set aside, then its synonym: `Production` → `prod`. */
export function valueForm(value: string): string {
  const bare = value.toLowerCase().replace(SEPARATORS, '');
  return VALUE_SYNONYMS[bare] ?? bare;
}

/** valueForm in SQL (the separators and synonyms are our constants). */
function valueFormSql(v: SqlQuery): SqlQuery {
  const cls = `[${SPELLING_SEPARATORS.replace('-', '\\-')}]`;
  const bare = sql`regexp_replace(lower(${v}), ${raw(stringLiteral(cls))}, '', 'g')`;
  const cases = Object.entries(VALUE_SYNONYMS).map(([from, to]) => raw(`WHEN ${stringLiteral(from)} THEN ${stringLiteral(to)}`));
  return sql`CASE ${bare} ${join(cases, ' ')} ELSE ${bare} END`;
}

/** The most cost, then the first in code-point order. */
function heaviest<T extends { cost: number }>(items: T[], name: (t: T) => string): T {
  return [...items].sort((a, b) => b.cost - a.cost || byCodePoint(name(a), name(b)))[0]!;
}

const byCost = <T extends { cost: number }>(name: (t: T) => string) => (a: T, b: T) => b.cost - a.cost || byCodePoint(name(a), name(b));

interface KeyValueCost {
  key: string;
  value: string;
  cost: number;
  form: string;
}

function kvSql(spec: TagAuditSpec, aliases: TagAliasSet, valueKeys: string[]): SqlQuery {
  const cost = ident(COST_BASIS_COLUMN[spec.basis]);
  const policyKeys = valueKeys.length ? sql`list_contains([${join(valueKeys)}], k)` : sql`false`;
  return sql`WITH entries AS (SELECT unnest(map_entries(${effectiveTagsSql(aliases)})) AS e, ${cost} AS cost FROM focus WHERE ${periodWhere(spec.period)}),
    kv AS (SELECT e.key AS k, e.value AS v, sum(cost) AS c FROM entries GROUP BY ALL),
    formed AS (SELECT k, v, c, ${valueFormSql(sql`v`)} AS f FROM kv WHERE v IS NOT NULL)
    SELECT k, v, CAST(round(c, 2) AS VARCHAR) AS c, f, 'value' AS what FROM formed
      QUALIFY count(*) OVER (PARTITION BY k, f) > 1 OR ${policyKeys}
    UNION ALL
    SELECT k, NULL, CAST(round(sum(c), 2) AS VARCHAR), NULL, 'key' FROM kv GROUP BY k`;
}

/** The allowed value (without a wildcard) a cluster's form matches, if the policy names one. */
function allowedCanonical(policy: TagPolicy, key: string, form: string): string | null {
  const allowed = policy.keys.find((k) => k.key === key)?.allowedValues ?? [];
  return allowed.find((a) => !a.includes(WILDCARD) && valueForm(a) === form) ?? null;
}

export interface Variants {
  variants: ValueVariantCluster[];
  keyVariants: KeyVariantCluster[];
}

export async function readVariants(db: Db, policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): Promise<Variants> {
  const valueKeys = policy.keys.filter((k) => k.allowedValues?.length).map((k) => k.key);
  const rows = (await db.read(kvSql(spec, aliases, valueKeys))).getRowObjectsJson() as JsonRow[];
  const values: KeyValueCost[] = [];
  const keys: { key: string; cost: number }[] = [];
  for (const r of rows) {
    if (r.what === 'key') keys.push({ key: String(r.k), cost: Number(r.c) });
    else values.push({ key: String(r.k), value: String(r.v), cost: Number(r.c), form: String(r.f) });
  }
  return { variants: valueClusters(values, policy), keyVariants: keyClusters(keys, policy) };
}

function valueClusters(rows: KeyValueCost[], policy: TagPolicy): ValueVariantCluster[] {
  const groups = new Map<string, KeyValueCost[]>();
  for (const r of rows) {
    const id = JSON.stringify([r.key, r.form]);
    if (!groups.has(id)) groups.set(id, []);
    groups.get(id)!.push(r);
  }
  const out: (ValueVariantCluster & { total: number })[] = [];
  for (const members of groups.values()) {
    const { key, form } = members[0]!;
    const canonical = allowedCanonical(policy, key, form) ?? heaviest(members, (m) => m.value).value;
    // one spelling that already is the canonical form is not a cluster
    if (members.length === 1 && members[0]!.value === canonical) continue;
    const variants = members.map((m) => ({ value: m.value, cost: m.cost })).sort(byCost((v) => v.value));
    out.push({ key, canonical, variants, total: variants.reduce((s, v) => s + v.cost, 0) });
  }
  return out.sort((a, b) => b.total - a.total || byCodePoint(a.key, b.key) || byCodePoint(a.canonical, b.canonical)).map(({ total: _total, ...c }) => c);
}

function keyClusters(keys: { key: string; cost: number }[], policy: TagPolicy): KeyVariantCluster[] {
  const groups = new Map<string, { key: string; cost: number }[]>();
  for (const k of keys) {
    const form = keyForm(k.key);
    if (!groups.has(form)) groups.set(form, []);
    groups.get(form)!.push(k);
  }
  const out: (KeyVariantCluster & { total: number })[] = [];
  for (const [form, members] of groups) {
    const canonical = policy.keys.find((k) => keyForm(k.key) === form)?.key ?? heaviest(members, (m) => m.key).key;
    if (members.length === 1 && members[0]!.key === canonical) continue;
    const variants = [...members].sort(byCost((v) => v.key));
    out.push({ canonical, variants, total: variants.reduce((s, v) => s + v.cost, 0) });
  }
  return out.sort((a, b) => b.total - a.total || byCodePoint(a.canonical, b.canonical)).map(({ total: _total, ...c }) => c);
}
