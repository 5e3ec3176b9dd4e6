// Step 1 (SPEC.md): the owner of a line, as SQL over `focus`: the first source of the rules' chain
// that gives a non-empty value. Tags read through the tag aliases, so a merged value shows the
// merged owner. Names are resolved here; unknown ones are refused by check-rules.ts.
import { ident, join, sql, type SqlQuery } from '../../sql/index.ts';
import { WorkbenchError } from '../../errors.ts';
import { COST_CATEGORIES_COLUMN } from '../pivot/constants.ts';
import { groupSql, isTimeLike, keySql, resolveDimension, type Dimension } from '../pivot/dimensions.ts';
import { FOCUS_SOURCE } from '../pivot/source.ts';
import { effectiveTagValueSql, keyRule, type TagAliasSet } from '../tags/aliases/effective.ts';
import { ChargebackErrorCode } from './errors.ts';
import type { OwnerSource } from './rules.ts';

/** The account → owner map, joined to focus under this alias. */
export const ACCOUNT_OWNERS_ALIAS = 'account_owner';

/** A pivot dimension that can name an owner (not a time bucket). */
export function ownerDimension(ref: string, place: string, aliases: TagAliasSet): Dimension {
  let dim: Dimension;
  try {
    dim = resolveDimension(ref, 'month', place, aliases);
  } catch (err) {
    if (!(err instanceof WorkbenchError)) throw err;
    const suggestion = typeof err.details?.suggestion === 'string' ? err.details.suggestion : null;
    throw new WorkbenchError(
      ChargebackErrorCode.CHARGEBACK_UNKNOWN_DIMENSION,
      `Unknown owner dimension "${ref}" in ${place}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use tag:KEY, costCategory:NAME, accountOwner, or a FOCUS or x_ column (e.g. SubAccountName, ServiceName, x_UsageType). Nothing was changed.`,
      { dimension: ref, place, suggestion },
    );
  }
  if (isTimeLike(dim)) throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_UNKNOWN_DIMENSION, `"${ref}" in ${place} is a time bucket, which cannot name an owner: use a column (e.g. SubAccountName), tag:KEY or costCategory:NAME. Nothing was changed.`, { dimension: ref, place });
  return dim;
}

/** The printed value of a dimension on a line ('' reads as no value). */
export function dimensionValueSql(dim: Dimension): SqlQuery {
  return keySql(dim, groupSql(dim, FOCUS_SOURCE));
}

export function ownerSourceSql(source: OwnerSource, aliases: TagAliasSet, place: string): SqlQuery {
  switch (source.kind) {
    case 'tag':
      return effectiveTagValueSql(keyRule(aliases, source.key));
    case 'costCategory':
      return sql`${ident(COST_CATEGORIES_COLUMN)}[${source.name}]`;
    case 'accountOwner':
      return sql`${ident(ACCOUNT_OWNERS_ALIAS)}.owner`;
    case 'dimension':
      return dimensionValueSql(ownerDimension(source.dimension, place, aliases));
    case 'kubernetes':
      // a cluster's node lines are a pool of their own (kubernetes-source.ts): no value on a line
      return sql`CAST(NULL AS VARCHAR)`;
  }
}

/** coalesce over the chain, blanks skipped: the first source with a value wins. */
export function ownerSql(chain: readonly OwnerSource[], aliases: TagAliasSet): SqlQuery {
  const parts = chain.map((s, i) => sql`nullif(trim(${ownerSourceSql(s, aliases, `owner.chain.${i}`)}), '')`);
  return parts.length === 1 ? parts[0]! : sql`coalesce(${join(parts)})`;
}
