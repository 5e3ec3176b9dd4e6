// Names in the rules checked against the workspace before a save or a run: a dimension that is
// not a column, a tag key or cost category no line carries. The message names the place in the
// rules and the nearest name; nothing is saved or run with such a name.
import { ident, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { COST_CATEGORIES_COLUMN } from '../pivot/constants.ts';
import { pivotFields } from '../pivot/fields.ts';
import { effectiveTagValueSql, keyRule, loadTagAliases, type TagAliasSet } from '../tags/aliases/effective.ts';
import { ChargebackErrorCode } from './errors.ts';
import { ownerDimension } from './owner-sql.ts';
import type { ChargebackRules } from './rules.ts';

export async function checkRulesAgainstWorkspace(db: Db, rules: ChargebackRules, aliases?: TagAliasSet): Promise<void> {
  const set = aliases ?? (await loadTagAliases(db));
  const hasLines = (await db.value(sql`SELECT EXISTS (SELECT 1 FROM focus)`)) === true;
  for (const [i, source] of rules.owner.chain.entries()) {
    const place = `owner.chain.${i}`;
    if (source.kind === 'dimension') ownerDimension(source.dimension, place, set);
    // an empty workspace cannot say which keys exist: rules may be written before the first load
    if (!hasLines) continue;
    if (source.kind === 'tag') {
      const rule = keyRule(set, source.key);
      // the field list (cached per data version) answers most runs without a scan
      const listed = rule.aliasOf === null && (await pivotFields(db)).tagKeys.some((t) => t.key === source.key || rule.sources.includes(t.key));
      const found = listed || (await db.value(sql`SELECT EXISTS (SELECT 1 FROM focus WHERE ${effectiveTagValueSql(rule)} IS NOT NULL)`)) === true;
      if (!found) throw unknownName(place, 'tag key', source.key, (await pivotFields(db)).tagKeys.map((t) => t.key));
    }
    if (source.kind === 'costCategory') {
      const found = await db.value(sql`SELECT EXISTS (SELECT 1 FROM focus WHERE map_contains(${ident(COST_CATEGORIES_COLUMN)}, ${source.name}))`);
      if (found !== true) throw unknownName(place, 'cost category', source.name, (await pivotFields(db)).costCategories.map((c) => c.name));
    }
  }
  for (const [i, pool] of rules.pools.entries()) {
    if (pool.match.kind === 'filter') ownerDimension(pool.match.dimension, `pools.${i}.match`, set);
  }
}

function unknownName(place: string, what: string, name: string, known: string[]): WorkbenchError {
  const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
  const hint = near ? ` Did you mean "${near}"?` : known.length ? ` Known: ${known.slice(0, 10).map((k) => `"${k}"`).join(', ')}${known.length > 10 ? ', …' : ''}.` : '';
  return new WorkbenchError(ChargebackErrorCode.CHARGEBACK_UNKNOWN_DIMENSION, `Unknown owner dimension in ${place}: no line carries the ${what} "${name}".${hint} Nothing was changed.`, { place, name, suggestion: near ?? null });
}
