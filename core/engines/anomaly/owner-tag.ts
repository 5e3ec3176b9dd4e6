// The owner tag as every engine reads tags: through the workspace's tag aliases (engines/tags/aliases),
// so `team` and `Team ` aliased to `Team` are one owner series. Loaded tags are never rewritten.
import { sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { effectiveTagValueSql, keyRule, loadTagAliases } from '../tags/aliases/effective.ts';
import type { AnomalySpec } from './spec.ts';

export async function ownerTagSql(db: Db, spec: AnomalySpec): Promise<SqlQuery> {
  if (spec.ownerTag === null) return sql`CAST(NULL AS VARCHAR)`;
  return effectiveTagValueSql(keyRule(await loadTagAliases(db), spec.ownerTag));
}
