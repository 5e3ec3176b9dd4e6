// SPEC step 1: how each line stands against each required key, as SQL expressions over focus.
// Keys, values and patterns are bound parameters; only our own constants are written as literals.
import { ident, join, raw, sql, stringLiteral, type SqlQuery } from '../../sql/index.ts';
import { KEY_STATUS, SERVICE_PREFIXES, WILDCARD } from './constants.ts';
import { scopeServices, type RequiredKey } from './policy.ts';

const TAGS = ident('Tags');

/** The AWS service prefix of a line: an ARN's service field, else its product code's prefix. */
export function servicePrefixSql(): SqlQuery {
  const cases = Object.entries(SERVICE_PREFIXES).map(([code, prefix]) => raw(`WHEN ${stringLiteral(code)} THEN ${stringLiteral(prefix)}`));
  return sql`coalesce(CASE WHEN starts_with(${ident('ResourceId')}, 'arn:') THEN split_part(${ident('ResourceId')}, ':', 3) END, CASE ${ident('x_ServiceCode')} ${join(cases, ' ')} END)`;
}

/** `*` → LIKE's `%`, with LIKE's own wildcards escaped so they match themselves. */
export function likePattern(allowed: string): string {
  return allowed.replace(/[\\%_]/g, (c) => `\\${c}`).split(WILDCARD).join('%');
}

function valuePasses(value: SqlQuery, key: RequiredKey): SqlQuery {
  const notBlank = sql`trim(${value}) <> ''`;
  if (key.allowedValues) {
    const anyOf = join(key.allowedValues.map((v) => sql`${value} LIKE ${likePattern(v)} ESCAPE '\\'`), ' OR ');
    return sql`(${notBlank} AND (${anyOf}))`;
  }
  if (key.pattern) return sql`(${notBlank} AND regexp_full_match(${value}, ${key.pattern}))`;
  return notBlank;
}

/** A key on the line equal to `key` ignoring case and surrounding spaces, but not `key` itself. */
export function nearKeySql(key: RequiredKey): SqlQuery {
  return sql`list_filter(map_keys(${TAGS}), x -> lower(trim(x)) = lower(${key.key}) AND x <> ${key.key})[1]`;
}

function appliesSql(key: RequiredKey, prefix: SqlQuery): SqlQuery {
  const services = scopeServices(key);
  if (services.length === 0) return sql`true`;
  return sql`coalesce(${join(services.map((s) => sql`${prefix} = ${s}`), ' OR ')}, false)`;
}

/** KEY_STATUS of the line for `key` (SPEC step 1, in its order). */
export function statusSql(key: RequiredKey, prefix: SqlQuery = servicePrefixSql()): SqlQuery {
  const exact = sql`${TAGS}[${key.key}]`;
  const s = KEY_STATUS;
  const category = key.costCategory ? sql`${ident('x_CostCategories')}[${key.costCategory}]` : null;
  // a cost category that passes the key's rule stands in for a tag the line does not have
  const standIn = category ? sql`WHEN ${category} IS NOT NULL AND ${valuePasses(category, key)} THEN ${raw(String(s.ok))}
    ` : sql``;
  return sql`CASE WHEN NOT ${appliesSql(key, prefix)} THEN ${raw(String(s.ok))}
    WHEN ${exact} IS NOT NULL THEN CASE WHEN ${valuePasses(exact, key)} THEN ${raw(String(s.ok))} ELSE ${raw(String(s.invalidValue))} END
    ${standIn}WHEN ${nearKeySql(key)} IS NOT NULL THEN ${raw(String(s.invalidKey))}
    ELSE ${raw(String(s.missing))} END`;
}

/** The key found on the line for `key` (itself, or a near spelling), null when neither. */
export function foundKeySql(key: RequiredKey): SqlQuery {
  return sql`CASE WHEN ${TAGS}[${key.key}] IS NOT NULL THEN ${key.key} ELSE ${nearKeySql(key)} END`;
}

/** The value under the found key. */
export function foundValueSql(key: RequiredKey): SqlQuery {
  return sql`coalesce(${TAGS}[${key.key}], ${TAGS}[${nearKeySql(key)}])`;
}
