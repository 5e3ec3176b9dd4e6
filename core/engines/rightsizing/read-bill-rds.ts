// SPEC.md "RDS DB instances", the bill: an RDS DB instance's instance-hours (Amazon RDS usage at a
// db.* class on a DB ARN), read like an EC2 instance's (read-bill.ts) but named by its
// DBInstanceIdentifier, the last part of the ARN (arn:aws:rds:us-east-1:111111111111:db:orders),
// which is what CloudWatch's AWS/RDS metrics carry. The class is the line's product/instanceType
// (x_InstanceType), else the usage type's tail (a FOCUS export keeps the usage type, not the
// product columns); Multi-AZ is the usage type's; the engine is the line's operation.
import { empty, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { RDS_DB_ARN, RDS_ENGINE_BY_OPERATION, RDS_INSTANCE_USAGE_TYPE, RDS_MULTI_AZ_USAGE_TYPE } from './constants.ts';
import { rateKey, readBilledLines, type BilledInstance, type UsageLines } from './read-bill.ts';
import type { Window } from './read-metrics.ts';
import type { RightsizeSpec } from './spec.ts';

export interface BilledDatabase extends BilledInstance {
  arn: string;
  /** The engine's name (PostgreSQL…), else the line's operation; null when the bill has none. */
  engine: string | null;
  multiAZ: boolean;
}

/** Amazon RDS instance-hours on a DB instance's ARN. */
const DB_INSTANCE_USAGE = sql`x_ServiceCode = 'AmazonRDS' AND ChargeCategory = 'Usage' AND regexp_matches(ResourceId, ${RDS_DB_ARN})
  AND regexp_matches(x_UsageType, ${RDS_INSTANCE_USAGE_TYPE}) AND ConsumedQuantity > 0`;
const DB_CLASS = sql`coalesce(nullif(x_InstanceType, ''), regexp_extract(x_UsageType, ':(db\\.[^:]+)$', 1))`;
const MULTI_AZ = sql`regexp_matches(x_UsageType, ${RDS_MULTI_AZ_USAGE_TYPE})`;

const DB_IDENTIFIER = sql`regexp_extract(ResourceId, '[^:]+$')`;

const RDS_LINES: UsageLines = {
  where: DB_INSTANCE_USAGE,
  id: DB_IDENTIFIER,
  type: DB_CLASS,
  extraLine: sql`, ResourceId AS arn, x_Operation AS operation, ${MULTI_AZ} AS multi_az`,
  extraAgg: sql`, min(arn) AS arn, count(DISTINCT arn) AS arns, arg_max(operation, ChargePeriodStart) AS operation, arg_max(multi_az, ChargePeriodStart) AS multi_az`,
};

export const engineOf = (operation: string | null): string | null => (operation === null ? null : (RDS_ENGINE_BY_OPERATION[operation] ?? operation));

/** The on-demand rate's scope of a DB instance: the engine's licence and the deployment set the price. */
export const databaseRateScope = (operation: string | null, multiAZ: boolean): string => `${operation ?? ''}|${multiAZ ? 'multi-az' : 'single-az'}`;

export interface BilledDatabases {
  byId: Map<string, BilledDatabase>;
  /** Identifiers the bill gives to more than one DB ARN (two accounts or regions): their metrics cannot be told apart. */
  ambiguous: string[];
}

/** `resourceId`: that DBInstanceIdentifier's lines only, on every ARN that ends with it (rightsizeDetail). */
export async function readBilledDatabases(db: Db, spec: RightsizeSpec, window: Window, resourceId?: string): Promise<BilledDatabases> {
  const byId = new Map<string, BilledDatabase>();
  const ambiguous: string[] = [];
  const lines = resourceId === undefined ? RDS_LINES : { ...RDS_LINES, where: sql`${DB_INSTANCE_USAGE} AND ${DB_IDENTIFIER} = ${resourceId}` };
  for (const { inst, row } of await readBilledLines(db, spec, window, lines)) {
    if (Number(row.arns) > 1) {
      ambiguous.push(inst.resourceId);
      continue;
    }
    const operation = (row.operation as string | null) ?? null;
    const multiAZ = row.multi_az === true;
    byId.set(inst.resourceId, { ...inst, arn: String(row.arn), engine: engineOf(operation), multiAZ, rateScope: databaseRateScope(operation, multiAZ) });
  }
  return { byId, ambiguous };
}

/** Public on-demand USD per hour of RDS classes in the bill, by region, engine and deployment; `only.region`: that region's. */
export async function readDatabaseOnDemandRates(db: Db, only?: { region: string | null }): Promise<Map<string, number>> {
  const inRegion = only ? sql` AND RegionId IS NOT DISTINCT FROM CAST(${only.region} AS VARCHAR)` : empty;
  const rows = await db.all(sql`
    SELECT RegionId AS region, ${DB_CLASS} AS type, x_Operation AS operation, ${MULTI_AZ} AS multi_az, CAST(sum(ListCost) / sum(ConsumedQuantity) AS DOUBLE) AS rate
    FROM focus WHERE ${DB_INSTANCE_USAGE} AND ListCost > 0${inRegion} GROUP BY ALL`);
  return new Map(rows.map((r) => [rateKey(r.region as string | null, String(r.type), databaseRateScope((r.operation as string | null) ?? null, r.multi_az === true)), Number(r.rate)]));
}
