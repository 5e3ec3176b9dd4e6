// What an alias would change, before it is stored: the cost moving from each variant to the
// canonical form, and the key's coverage (share of all cost carrying it, SPEC step 2) before and
// after. Nothing is written: the proposed aliases are applied in memory, through the same SQL
// (effective.ts) the engines read.
import type * as z from 'zod';
import { ident, join, sql } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import { COST_BASIS_COLUMN } from '../../pivot/constants.ts';
import { readCoverage } from '../coverage.ts';
import { periodWhere } from '../lines.ts';
import { getTagPolicy } from '../policy-store.ts';
import { POLICY_KIND, type TagPolicy } from '../policy.ts';
import { ensureLines, parseTagAuditSpec } from '../run.ts';
import type { TagAuditSpec } from '../spec.ts';
import type { aliasPreviewSchema } from './alias.ts';
import { aliasSetOf, effectiveTagsSql, effectiveTagValueSql, keyRule, type TagAliasSet } from './effective.ts';
import { listTagAliases, prepareAdd, withAdded, type PreparedAdd } from './store.ts';

export interface AliasMove {
  from: string;
  to: string;
  /** Cost (the spec's basis and period) that reads as `to` once the alias is stored. */
  cost: number;
}

export interface AliasPreview {
  moves: AliasMove[];
  /** Share of all cost carrying the key (the value alias's key, or the key alias's target), 0-1; null over no cost. */
  coverageBefore: number | null;
  coverageAfter: number | null;
}

async function movedCosts(db: Db, add: PreparedAdd, before: TagAliasSet, spec: TagAuditSpec): Promise<Map<string, number>> {
  const cost = ident(COST_BASIS_COLUMN[spec.basis]);
  const cents = (cond: ReturnType<typeof sql>) => sql`CAST(round(coalesce(sum(${cost}) FILTER (WHERE ${cond}), 0), 2) AS VARCHAR)`;
  let parts;
  if (add.kind === 'value') {
    const value = effectiveTagValueSql(keyRule(before, add.key));
    parts = add.from.map((f, i) => sql`${cents(sql`${value} = ${f}`)} AS ${ident(`m${i}`)}`);
  } else {
    // a line that already carries the target key keeps its own value: nothing moves there
    const tags = effectiveTagsSql(before);
    parts = add.from.map((f, i) => sql`${cents(sql`map_contains(${tags}, ${f}) AND NOT coalesce(map_contains(${tags}, ${add.target}), false)`)} AS ${ident(`m${i}`)}`);
  }
  const r = await db.one(sql`SELECT ${join(parts)} FROM focus WHERE ${periodWhere(spec.period)}`);
  return new Map(add.from.map((f, i) => [f, Number(r?.[`m${i}`] ?? 0)]));
}

async function keyShare(db: Db, policy: TagPolicy, spec: TagAuditSpec, aliases: TagAliasSet): Promise<number | null> {
  return (await readCoverage(db, policy, spec, aliases)).overall.keys[0]?.share ?? null;
}

export async function previewTagAlias(db: Db, input: unknown): Promise<AliasPreview> {
  const { spec: specInput, ...request } = (input ?? {}) as z.input<typeof aliasPreviewSchema>;
  const add = await prepareAdd(db, request);
  const spec = parseTagAuditSpec(specInput ?? {});
  await ensureLines(db, spec);
  const current = await listTagAliases(db);
  const before = aliasSetOf(current);
  const after = aliasSetOf(withAdded(current, add));
  const key = add.kind === 'value' ? add.key : add.target;
  // the key's rule from the policy in force (the request's or the saved one), else any value
  const policy = spec.policy ?? (await getTagPolicy(db)).policy;
  const keyPolicy: TagPolicy = { kind: POLICY_KIND, keys: [policy.keys.find((k) => k.key === key) ?? { key }] };
  const moved = await movedCosts(db, add, before, spec);
  return {
    moves: add.from.map((from) => ({ from, to: add.target, cost: moved.get(from) ?? 0 })),
    coverageBefore: await keyShare(db, keyPolicy, spec, before),
    coverageAfter: await keyShare(db, keyPolicy, spec, after),
  };
}
