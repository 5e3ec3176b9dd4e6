// SPEC.md step 5's input: per EC2 instance (and RDS DB instance: read-bill-rds.ts), its usage at its latest type in the bill over the
// lookback (or, when the bill ends before the metrics do, over its last lookback days billed),
// split by the commitment covering it; and the public on-demand rate per region and type.
import { empty, join, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { FOCUS_TYPE } from '../commitments/constants.ts';
import { OWNER_TAG_KEYS } from './constants.ts';
import type { BilledUsage } from './price.ts';
import { timestampParam, type Window } from './read-metrics.ts';
import type { RightsizeSpec } from './spec.ts';
import { readDatabaseOnDemandRates } from './read-bill-rds.ts';

export interface BilledInstance {
  resourceId: string;
  accountId: string;
  accountName: string | null;
  region: string | null;
  owner: string | null;
  type: string;
  usage: BilledUsage;
  /** What else an on-demand rate depends on besides region and type (RDS: engine and deployment); none for EC2. */
  rateScope?: string;
}

/** Instance-hours lines: EC2 usage at an instance type, on an instance's id. */
export const INSTANCE_USAGE = sql`x_ServiceCode = 'AmazonEC2' AND ChargeCategory = 'Usage' AND x_InstanceType IS NOT NULL AND starts_with(ResourceId, 'i-') AND ConsumedQuantity > 0`;

export function scopeSql(spec: RightsizeSpec): SqlQuery {
  const parts: SqlQuery[] = [];
  if (spec.accounts?.length) parts.push(sql`list_contains(string_split(${spec.accounts.join(',')}, ','), SubAccountId)`);
  if (spec.tag) parts.push(sql`Tags[${spec.tag.key}] = ${spec.tag.value}`);
  return parts.length ? sql` AND ${join(parts, ' AND ')}` : empty;
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * Which bill lines are a resource's instance-hours, and how they name it and its type: EC2's
 * (here) or an RDS DB instance's (read-bill-rds.ts). `extra` are per-resource columns of its lines
 * at its latest type (RDS: the engine, Multi-AZ, the ARN); EC2 reads none, to keep its CTE small.
 */
export interface UsageLines {
  where: SqlQuery;
  id: SqlQuery;
  type: SqlQuery;
  extraLine: SqlQuery;
  extraAgg: SqlQuery;
}

const EC2_LINES: UsageLines = { where: INSTANCE_USAGE, id: sql`ResourceId`, type: sql`x_InstanceType`, extraLine: empty, extraAgg: empty };

export async function readBilledLines(db: Db, spec: RightsizeSpec, window: Window, kind: UsageLines): Promise<{ inst: BilledInstance; row: Record<string, unknown> }[]> {
  // The owner is read in `lines`, which DuckDB materializes: carrying the Tags MAP through it cost as much as the rest.
  const owner = join(OWNER_TAG_KEYS.map((k) => sql`Tags[${k}]`));
  const rows = await db.all(sql`
    WITH lines AS (
      SELECT ${kind.id} AS ResourceId, SubAccountId, SubAccountName, RegionId, ${kind.type} AS x_InstanceType, ChargePeriodStart, ConsumedQuantity, EffectiveCost, ListCost, CommitmentDiscountType,
        coalesce(${owner}) AS owner${kind.extraLine}
      FROM focus WHERE ${kind.where}${scopeSql(spec)} AND ChargePeriodStart < CAST(${timestampParam(window.to)} AS TIMESTAMP)),
    latest AS (SELECT ResourceId, max(ChargePeriodStart) AS last, arg_max(x_InstanceType, ChargePeriodStart) AS type FROM lines GROUP BY ResourceId)
    SELECT l.ResourceId AS id, any_value(SubAccountId) AS account, any_value(SubAccountName) AS account_name, any_value(RegionId) AS region,
      any_value(owner) AS owner, any_value(t.type) AS type,
      CAST(sum(ConsumedQuantity) AS DOUBLE) AS hours, CAST(sum(EffectiveCost) AS DOUBLE) AS effective, CAST(sum(ListCost) AS DOUBLE) AS list,
      CAST(sum(ConsumedQuantity) FILTER (CommitmentDiscountType = ${FOCUS_TYPE.savingsPlan}) AS DOUBLE) AS sp_hours,
      CAST(sum(EffectiveCost) FILTER (CommitmentDiscountType = ${FOCUS_TYPE.savingsPlan}) AS DOUBLE) AS sp_cost,
      CAST(sum(ConsumedQuantity) FILTER (CommitmentDiscountType = ${FOCUS_TYPE.reservation}) AS DOUBLE) AS ri_hours,
      CAST(sum(EffectiveCost) FILTER (CommitmentDiscountType = ${FOCUS_TYPE.reservation}) AS DOUBLE) AS ri_cost${kind.extraAgg}
    FROM lines l JOIN latest t ON l.ResourceId = t.ResourceId AND l.x_InstanceType = t.type
    WHERE l.ChargePeriodStart >= CASE WHEN t.last >= CAST(${timestampParam(window.from)} AS TIMESTAMP) THEN CAST(${timestampParam(window.from)} AS TIMESTAMP)
      ELSE t.last - to_milliseconds(${window.to.getTime() - window.from.getTime()}) END
    GROUP BY l.ResourceId`);
  return rows.map((r) => ({
    row: r,
    inst: {
      resourceId: String(r.id),
      accountId: String(r.account),
      accountName: (r.account_name as string | null) ?? null,
      region: (r.region as string | null) ?? null,
      owner: (r.owner as string | null) ?? null,
      type: String(r.type),
      usage: {
        hours: num(r.hours),
        effectiveCost: num(r.effective),
        listCost: num(r.list),
        savingsPlan: { hours: num(r.sp_hours), effectiveCost: num(r.sp_cost) },
        reservedInstance: { hours: num(r.ri_hours), effectiveCost: num(r.ri_cost) },
      },
    },
  }));
}

/** `resourceId`: that instance's lines only (rightsizeDetail). */
export async function readBilledInstances(db: Db, spec: RightsizeSpec, window: Window, resourceId?: string): Promise<Map<string, BilledInstance>> {
  const lines = resourceId === undefined ? EC2_LINES : { ...EC2_LINES, where: sql`${INSTANCE_USAGE} AND ResourceId = ${resourceId}` };
  return new Map((await readBilledLines(db, spec, window, lines)).map(({ inst }) => [inst.resourceId, inst]));
}

/** Public on-demand USD per hour by region and type, from the bill's ListCost of instance-hours (EC2's and, by engine and deployment, RDS's); `only.region`: that region's EC2 rates. */
export async function readOnDemandRates(db: Db, only?: { region: string | null }): Promise<Map<string, number>> {
  const inRegion = only ? sql` AND RegionId IS NOT DISTINCT FROM CAST(${only.region} AS VARCHAR)` : empty;
  const rows = await db.all(sql`
    SELECT RegionId AS region, x_InstanceType AS type, CAST(sum(ListCost) / sum(ConsumedQuantity) AS DOUBLE) AS rate
    FROM focus WHERE ${INSTANCE_USAGE} AND ListCost > 0${inRegion} GROUP BY RegionId, x_InstanceType`);
  const rates = new Map(rows.map((r) => [rateKey(r.region as string | null, String(r.type)), Number(r.rate)]));
  for (const [k, v] of await readDatabaseOnDemandRates(db)) rates.set(k, v);
  return rates;
}

/** `scope` is what else the rate depends on (RDS: engine and deployment); EC2 has none. */
export const rateKey = (region: string | null, type: string, scope = ''): string => `${region ?? ''}|${type}|${scope}`;
