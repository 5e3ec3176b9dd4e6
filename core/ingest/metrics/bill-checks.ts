// Checks of a file's points against the rest of the workspace, as warnings: resources the bill
// does not have (a metric for an instance the loaded bill never charged), and gaps (UTC days
// inside a resource's own first and last day without any point), counted per resource.
import type { Db } from '../../store/db.ts';
import { sql, type SqlQuery } from '../../sql/index.ts';
import { DAY_SECONDS, NAMED_IN_WARNING } from './constants.ts';
import { STAGE } from './stage.ts';

function named(list: string[], total: number): string {
  return `${list.join(', ')}${total > list.length ? ` and ${total - list.length} more` : ''}`;
}

/** The stage's resources (the default), or another query's column resource_id. */
const STAGE_IDS = sql`SELECT DISTINCT resource_id FROM ${STAGE}`;

/** The bill names an instance by its id (CUR) or its ARN (some FOCUS exports): either matches. */
export async function unknownResources(db: Db, display: string, idsQuery: SqlQuery = STAGE_IDS): Promise<string[]> {
  const billed = Number(await db.value(sql`SELECT count(*) FROM (SELECT 1 FROM focus LIMIT 1)`));
  const total = Number(await db.value(sql`SELECT count(*) FROM (${idsQuery})`));
  if (billed === 0) {
    return [`${display}: the workspace has no bill yet, so none of its ${total} resource${total === 1 ? '' : 's'} could be checked against one. Load the bill too; rightsizing prices only what the bill charges.`];
  }
  const rows = await db.all(sql`
    WITH ids AS (${idsQuery}),
    billed AS (SELECT DISTINCT regexp_extract(ResourceId, '[^/:]+$') AS id FROM focus WHERE ResourceId IS NOT NULL)
    SELECT resource_id FROM ids ANTI JOIN billed ON billed.id = ids.resource_id ORDER BY resource_id`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => String(r.resource_id));
  return [`${display}: ${ids.length} of ${total} resources are not in the loaded bill (${named(ids.slice(0, NAMED_IN_WARNING), ids.length)}). Their metrics are kept, but rightsizing has no price for them: load the bill that charges them, or check the account.`];
}

/** Days without data inside each resource's own span; only for periods of a day or less. */
export async function gaps(db: Db, display: string): Promise<string[]> {
  const rows = await db.all(sql`
    SELECT resource_id, (date_diff('day', min(period_start)::DATE, max(period_start)::DATE) + 1 - count(DISTINCT period_start::DATE)) AS missing
    FROM ${STAGE} WHERE period_seconds <= ${DAY_SECONDS}
    GROUP BY resource_id HAVING missing > 0 ORDER BY missing DESC, resource_id`);
  if (rows.length === 0) return [];
  const list = rows.slice(0, NAMED_IN_WARNING).map((r) => `${String(r.resource_id)} ${Number(r.missing)} day${Number(r.missing) === 1 ? '' : 's'}`);
  const has = rows.length === 1 ? 'resource has days without data between its' : 'resources have days without data between their';
  return [`${display}: ${rows.length} ${has} first and last (${named(list, rows.length)}): stopped then, or missing from the export. Rightsizing counts only the days with data.`];
}
