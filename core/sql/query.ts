// The one door for SQL: every query is built here, identifiers are quoted in one place and
// every value is a bound parameter. User data (tag keys and values, paths, filters) never
// reaches the SQL text.

/** A STRUCT of strings bound as one parameter (e.g. read_csv's `columns`): keys stay out of the SQL text. */
export interface StructParam {
  readonly kind: 'struct';
  readonly fields: Readonly<Record<string, string>>;
}

export type SqlValue = string | number | boolean | bigint | null | StructParam;

export function structParam(fields: Record<string, string>): StructParam {
  return { kind: 'struct', fields };
}

const IDENT = Symbol('ident');
const RAW = Symbol('raw');
const QUERY = Symbol('query');

export interface Identifier {
  readonly [IDENT]: true;
  readonly parts: readonly string[];
}

/** Trusted SQL text written by us (a constant, a migration, a mapping expression). */
export interface RawSql {
  readonly [RAW]: true;
  readonly text: string;
}

export interface SqlQuery {
  readonly [QUERY]: true;
  readonly text: string;
  readonly params: readonly SqlValue[];
}

export type SqlPart = SqlQuery | Identifier | RawSql | SqlValue;

/** Quotes one identifier: doubles inner quotes, so any string is a safe column or table name. */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A string constant of ours (an allowed value in a rule table) written as a SQL literal, for
 * fixed SQL text. User values never come here: they are bound parameters.
 */
export function stringLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('literal contains a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

export function ident(...parts: string[]): Identifier {
  return { [IDENT]: true, parts };
}

export function raw(text: string): RawSql {
  return { [RAW]: true, text };
}

function isStructParam(v: unknown): v is StructParam {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'struct';
}

function isQuery(v: unknown): v is SqlQuery {
  return typeof v === 'object' && v !== null && QUERY in v;
}
function isIdent(v: unknown): v is Identifier {
  return typeof v === 'object' && v !== null && IDENT in v;
}
function isRaw(v: unknown): v is RawSql {
  return typeof v === 'object' && v !== null && RAW in v;
}

function makeQuery(text: string, params: readonly SqlValue[]): SqlQuery {
  return { [QUERY]: true, text, params };
}

/** Tagged template: sql`SELECT ${ident('Tags')} FROM focus WHERE x = ${value}`. */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): SqlQuery {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    text += render(part, params) + (strings[i + 1] ?? '');
  });
  return makeQuery(text, params);
}

function render(part: SqlPart, params: SqlValue[]): string {
  if (isQuery(part)) {
    params.push(...part.params);
    return part.text;
  }
  if (isIdent(part)) return part.parts.map(quoteIdent).join('.');
  if (isRaw(part)) return part.text;
  if (isStructParam(part) || part === null || typeof part !== 'object') params.push(part);
  else throw new Error('unsupported SQL part');
  return '?';
}

/** Joins fragments with a separator (", " by default). */
export function join(parts: readonly SqlPart[], separator = ', '): SqlQuery {
  const params: SqlValue[] = [];
  const text = parts.map((p) => render(p, params)).join(separator);
  return makeQuery(text, params);
}

export const empty: SqlQuery = makeQuery('', []);

/** Wraps trusted SQL text (a migration, a named constant) as a query without parameters. */
export function trusted(text: string): SqlQuery {
  return makeQuery(text, []);
}
