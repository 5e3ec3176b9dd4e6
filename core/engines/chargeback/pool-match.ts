// Step 2 (SPEC.md): which pool a line belongs to: the first of the rules' pools it matches.
// The predefined kinds are named once here, as SQL over FOCUS columns.
import { ident, join, sql, type SqlPart, type SqlQuery } from '../../sql/index.ts';
import { matchSql } from '../pivot/dimensions.ts';
import { FOCUS_SOURCE } from '../pivot/source.ts';
import type { TagAliasSet } from '../tags/aliases/effective.ts';
import { ownerDimension } from './owner-sql.ts';
import type { PoolMatch } from './rules.ts';

const col = (name: string) => ident(name);

/** AWS Support plans (AWSSupportBusiness, AWSSupportEnterprise, …) and any service FOCUS files under Support. */
export const SUPPORT_SQL = sql`(coalesce(${col('x_ServiceCode')}, '') LIKE 'AWSSupport%' OR coalesce(${col('ServiceName')}, '') LIKE 'AWS Support%' OR ${col('ServiceSubcategory')} = 'Support')`;
export const TAX_SQL = sql`(${col('ChargeCategory')} = 'Tax')`;
/** Data transfer: AWS bills it under the AWSDataTransfer code or a DataTransfer usage type. */
export const DATA_TRANSFER_SQL = sql`(${col('x_ServiceCode')} = 'AWSDataTransfer' OR coalesce(${col('x_UsageType')}, '') LIKE '%DataTransfer%' OR ${col('x_ProductFamily')} = 'Data Transfer')`;
/** FOCUS 1.2: the unused part of a commitment is a Usage row of its own with status Unused. */
export const UNUSED_COMMITMENT_SQL = sql`(${col('CommitmentDiscountStatus')} = 'Unused')`;
/** Credits and refunds (and AWS discounts): FOCUS ChargeCategory Credit. */
export const CREDIT_SQL = sql`(${col('ChargeCategory')} = 'Credit')`;

/** `owner`: the line's owner expression (an untagged pool takes lines without one). */
export function poolMatchSql(match: PoolMatch, owner: SqlPart, aliases: TagAliasSet, place: string): SqlQuery {
  switch (match.kind) {
    case 'support':
      return SUPPORT_SQL;
    case 'tax':
      return TAX_SQL;
    case 'untagged':
      return sql`(${owner}) IS NULL`;
    case 'dataTransfer':
      return DATA_TRANSFER_SQL;
    case 'unusedCommitment':
      return UNUSED_COMMITMENT_SQL;
    case 'accounts':
      return sql`list_contains([${join(match.accounts)}], ${col('SubAccountId')})`;
    case 'filter':
      return sql`coalesce(${matchSql(ownerDimension(match.dimension, place, aliases), FOCUS_SOURCE, match.values)}, FALSE)`;
  }
}
