export { sql, ident, raw, join, empty, trusted, quoteIdent, stringLiteral, structParam } from './query.ts';
export { printWithValues } from './print.ts';
export type { SqlQuery, SqlValue, SqlPart, Identifier, RawSql, StructParam } from './query.ts';
