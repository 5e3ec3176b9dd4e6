// A query printed with its values written in, for a person to read or paste into the read-only
// `sql` command (an export's "command that reproduces it"). Never executed by the app: the app
// binds values as parameters (query.ts).
import type { SqlQuery, SqlValue } from './query.ts';

function literal(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
  return `{${Object.entries(v.fields).map(([k, x]) => `'${k.replaceAll("'", "''")}': '${x.replaceAll("'", "''")}'`).join(', ')}}`;
}

/** Each `?` outside quoted identifiers and string literals becomes its value as an SQL literal; runs of whitespace there become one space. */
export function printWithValues(q: SqlQuery): string {
  let out = '';
  let quote: string | null = null;
  let next = 0;
  for (const ch of q.text) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else if (ch === '?' && next < q.params.length) out += literal(q.params[next++]!);
    else if (/\s/.test(ch)) out += out.endsWith(' ') ? '' : ' ';
    else out += ch;
  }
  return out.trim();
}
