// Rules of Athena's SQL that DuckDB would not enforce on its own, checked on DuckDB's parse of the
// query as the client sent it (with its `?` placeholders). Athena takes execution parameters only
// in the WHERE clause ("Syntax like SELECT ? FROM table is not supported", Athena's guide to
// parameterized queries), so a query with one elsewhere fails as it would there.
import type { DuckDBConnection } from '@duckdb/node-api';
import { serialize, walk, type Node } from './athena-scan.ts';

/** Why Athena would refuse the query, or null. */
export async function athenaRefusal(c: DuckDBConnection, query: string): Promise<string | null> {
  const all = new Set<Node>();
  const inWhere = new Set<Node>();
  walk(await serialize(c, query), (n) => {
    if (n.class === 'PARAMETER') all.add(n);
    if (n.where_clause) walk(n.where_clause, (w) => (w.class === 'PARAMETER' ? inWhere.add(w) : undefined));
  });
  const outside = [...all].filter((p) => !inWhere.has(p)).length;
  return outside ? `NOT_SUPPORTED: ${outside} execution parameter${outside === 1 ? ' is' : 's are'} outside the WHERE clause; ? parameters can be placed only in the WHERE clause` : null;
}
