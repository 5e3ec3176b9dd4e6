// SPEC.md step 4: each anomaly's change decomposed by account, service, region, usage type,
// resource and leaf (account × service × region × usage type), in one query for all anomalies:
// contribution of a value = its cost over the anomaly's days − its expected cost over them, where
// expected is the median of the same weekday over the EXPECTED_WEEKS weeks before the start
// (a weekday it had no cost counts 0, so a new resource's whole cost is its contribution).
// Only the lines in some anomaly's scope are grouped (a semi join per watched dimension): a few
// thousand lines for a few hundred anomalies, where grouping every line since the first one's
// history cost more than detection itself.
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN, COST_CATEGORIES_COLUMN, COST_CATEGORY_PREFIX, TAG_PREFIX, TIME_COLUMN } from '../pivot/constants.ts';
import { CAUSE_DIMENSIONS, CAUSES_PER_DIMENSION, EXPECTED_WEEKS, LEAF_CAUSE, SIGNATURE_DIMENSIONS, TOTAL_DIMENSION } from './constants.ts';
import { isoOfDay } from './days.ts';
import type { SeriesEvent } from './detect.ts';
import { ownerTagSql } from './owner-tag.ts';
import { chargeFilter } from './daily-leaves.ts';
import type { AnomalySpec } from './spec.ts';

export interface Contribution {
  dimension: string;
  value: string;
  impact: number;
}

const EVENT_TYPE = '[{"id":"INTEGER","dim":"VARCHAR","val":"VARCHAR","s":"DATE","e":"DATE"}]';

function scopeJoins(spec: AnomalySpec): SqlQuery {
  const parts: SqlQuery[] = [sql`SELECT ev.id, ev.s, ev.e, l.* FROM lines l JOIN ev ON ev.dim = ${TOTAL_DIMENSION} AND l.day BETWEEN ev.s - ${7 * EXPECTED_WEEKS} AND ev.e`];
  for (const d of spec.dimensions) parts.push(sql`SELECT ev.id, ev.s, ev.e, l.* FROM lines l JOIN ev ON ev.dim = ${d} AND CAST(l.${ident(d)} AS VARCHAR) = ev.val AND l.day BETWEEN ev.s - ${7 * EXPECTED_WEEKS} AND ev.e`);
  if (spec.ownerTag !== null) parts.push(sql`SELECT ev.id, ev.s, ev.e, l.* FROM lines l JOIN ev ON ev.dim = ${TAG_PREFIX + spec.ownerTag} AND l.owner = ev.val AND l.day BETWEEN ev.s - ${7 * EXPECTED_WEEKS} AND ev.e`);
  if (spec.costCategories) parts.push(sql`SELECT ev.id, ev.s, ev.e, l.* FROM lines l JOIN ev ON starts_with(ev.dim, ${COST_CATEGORY_PREFIX}) AND l.cc[substr(ev.dim, ${COST_CATEGORY_PREFIX.length + 1})] = ev.val AND l.day BETWEEN ev.s - ${7 * EXPECTED_WEEKS} AND ev.e`);
  return join(parts, ' UNION ALL ');
}

/** Lines in the scope of at least one anomaly: every line when one is the total's or a cost category's. */
function inSomeScope(spec: AnomalySpec, events: readonly SeriesEvent[], owner: SqlQuery): SqlQuery {
  const dims = new Set(events.map((e) => e.dimension));
  if (dims.has(TOTAL_DIMENSION) || [...dims].some((d) => d.startsWith(COST_CATEGORY_PREFIX))) return sql`TRUE`;
  const tests: SqlQuery[] = [];
  for (const d of spec.dimensions) if (dims.has(d)) tests.push(sql`CAST(${ident(d)} AS VARCHAR) IN (SELECT val FROM ev WHERE dim = ${d})`);
  if (spec.ownerTag !== null && dims.has(TAG_PREFIX + spec.ownerTag)) tests.push(sql`${owner} IN (SELECT val FROM ev WHERE dim = ${TAG_PREFIX + spec.ownerTag})`);
  return tests.length ? sql`(${join(tests, ' OR ')})` : sql`FALSE`;
}

function causeListSql(): SqlQuery {
  const each = CAUSE_DIMENSIONS.map((d) => sql`{'d': ${d}, 'v': CAST(${ident(d)} AS VARCHAR)}`);
  const leaf = sql`{'d': ${LEAF_CAUSE}, 'v': to_json([${join(SIGNATURE_DIMENSIONS.map((d) => ident(d)))}])::VARCHAR}`;
  return sql`[${join([...each, leaf])}]`;
}

export async function rootCauses(db: Db, spec: AnomalySpec, events: readonly SeriesEvent[]): Promise<Map<number, Contribution[]>> {
  const out = new Map<number, Contribution[]>();
  if (events.length === 0) return out;
  const evJson = JSON.stringify(events.map((e, id) => ({ id, dim: e.dimension, val: e.value, s: isoOfDay(e.start), e: isoOfDay(e.end) })));
  const first = isoOfDay(Math.min(...events.map((e) => e.start)) - 7 * EXPECTED_WEEKS);
  const columns = [...new Set<string>([...CAUSE_DIMENSIONS, ...spec.dimensions])].map((c) => ident(c));
  const owner = await ownerTagSql(db, spec);
  const cc = spec.costCategories ? ident(COST_CATEGORIES_COLUMN) : raw('CAST(NULL AS MAP(VARCHAR, VARCHAR))');
  const reader = await db.read(sql`WITH ev AS (SELECT unnest(from_json(${evJson}, ${EVENT_TYPE}), recursive := true)),
    lines AS (SELECT CAST(${ident(TIME_COLUMN)} AS DATE) AS day, ${join(columns)}, ${owner} AS owner, ${cc} AS cc, CAST(sum(${ident(COST_BASIS_COLUMN[spec.basis])}) AS DOUBLE) AS cost
      FROM ${ident('focus')} WHERE ${chargeFilter(spec)} AND ${ident(TIME_COLUMN)} >= CAST(${first} AS DATE) AND ${inSomeScope(spec, events, owner)} GROUP BY ALL),
    scoped AS (${scopeJoins(spec)}),
    causes AS (SELECT id, s, e, day, cost, unnest(${causeListSql()}) AS c FROM scoped),
    byday AS (SELECT id, s, c.d AS cdim, c.v AS cval, day, sum(cost) AS cost FROM causes WHERE c.v IS NOT NULL GROUP BY ALL),
    base AS (SELECT id, cdim, cval, dayofweek(day) AS dow, list_median(list_resize(list(cost), ${EXPECTED_WEEKS}, 0.0)) AS b FROM byday WHERE day < s GROUP BY ALL),
    nd AS (SELECT id, dayofweek(d) AS dow, count(*) AS n FROM (SELECT id, CAST(unnest(generate_series(s, e, INTERVAL 1 DAY)) AS DATE) AS d FROM ev) GROUP BY ALL),
    expd AS (SELECT base.id, cdim, cval, sum(b * n) AS x FROM base JOIN nd ON nd.id = base.id AND nd.dow = base.dow GROUP BY ALL),
    cur AS (SELECT id, cdim, cval, sum(cost) AS a FROM byday WHERE day >= s GROUP BY ALL),
    contrib AS (SELECT coalesce(cur.id, expd.id) AS id, coalesce(cur.cdim, expd.cdim) AS cdim, coalesce(cur.cval, expd.cval) AS cval, coalesce(a, 0) - coalesce(x, 0) AS impact
      FROM cur FULL JOIN expd ON cur.id = expd.id AND cur.cdim = expd.cdim AND cur.cval = expd.cval)
    SELECT id, cdim, cval, impact FROM contrib WHERE impact > 0
    QUALIFY row_number() OVER (PARTITION BY id, cdim ORDER BY impact DESC, cval) <= ${CAUSES_PER_DIMENSION}
    ORDER BY id, impact DESC`);
  const cols = reader.getColumnsObjectJson() as Record<string, (string | number)[]>;
  const n = cols.id?.length ?? 0;
  for (let i = 0; i < n; i++) {
    const id = Number(cols.id![i]);
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ dimension: String(cols.cdim![i]), value: String(cols.cval![i]), impact: Number(cols.impact![i]) });
  }
  return out;
}
