// Step 2: the kept keys of each top-N, one small query per dimension, over the same period and
// filters as the pivot. The pivot then binds them as values: the rest of each becomes OTHER.
import type { Db } from '../../store/db.ts';
import { buildTopNSql, type Period, type TopLists } from './build-sql.ts';
import { queryDims, type Plan } from './plan.ts';
import type { Source } from './source.ts';

export async function topNLists(db: Db, plan: Plan, source: Source, period: Period): Promise<TopLists> {
  const dims = queryDims(plan);
  const lists: (readonly (string | null)[] | null)[] = [];
  for (let i = 0; i < dims.length; i++) {
    const n = plan.topN[i];
    if (n === null || n === undefined) {
      lists.push(null);
      continue;
    }
    const rows = await db.all(buildTopNSql(plan, source, dims[i]!, n, period));
    lists.push(rows.map((r) => (r.k === null ? null : String(r.k))));
  }
  return lists;
}
