// SPEC step 3: which usage a commitment could cover, and in which pool. A Usage row (not unused
// commitment, not spot) is eligible for
//   Compute SP          EC2 instance hours, Fargate vCPU/GB hours, Lambda duration (any region)
//   EC2 Instance SP     EC2 instance hours, pooled by instance family and region
//   Reserved Instance   EC2 instance hours (Linux shared: by family, size-flexible; else by type)
//                       and RDS, ElastiCache, OpenSearch, Redshift instance/node hours, by type
// told from the AWS usage type (x_UsageType) or, in FOCUS exports without it, from the charge
// description AWS writes ("$0.0464 per On Demand Linux t2.medium Instance Hour").
// Rows a commitment covered are eligible whatever they are, and so is any on-demand row of a SKU
// that a commitment covered somewhere in the window: that is how other providers' usage counts.
import { raw, sql, stringLiteral, trusted, type SqlQuery } from '../../sql/index.ts';
import { CHARGE, DYNAMIC_PRICING, ON_DEMAND_COLUMN, STATUS, type EligibleType, type OnDemandBasis } from './constants.ts';
import { inWindow, type Window } from './window.ts';

/** AWS usage types (after any region prefix `USE1-`), as patterns for DuckDB's regexp_matches. */
export const USAGE_TYPE_PATTERNS = {
  ec2Instance: '(^|-)(BoxUsage|DedicatedUsage|HostUsage|HostBoxUsage)(:|$)',
  fargate: 'Fargate-(vCPU|GB)-Hours',
  lambda: 'Lambda-(GB-Second|Provisioned-Concurrency|Provisioned-GB-Second)',
  reservableDatabase: '((InstanceUsage|Multi-AZUsage)[A-Za-z]*:db\\.|NodeUsage:cache\\.|ESInstance:|(^|-)Node:)',
} as const;

/** Charge descriptions of AWS's FOCUS export, where x_UsageType is missing. */
export const DESCRIPTION_PATTERNS = {
  ec2Instance: 'On Demand .+ Instance Hour',
  fargate: 'AWS Fargate - (vCPU|Memory)',
} as const;

const pattern = (p: string): SqlQuery => trusted(stringLiteral(p));

function matches(p: { usageType: string; description?: string }): SqlQuery {
  const byUsage = sql`coalesce(regexp_matches(x_UsageType, ${pattern(p.usageType)}), FALSE)`;
  if (p.description === undefined) return byUsage;
  return sql`(${byUsage} OR (x_UsageType IS NULL AND coalesce(regexp_matches(ChargeDescription, ${pattern(p.description)}), FALSE)))`;
}

/** The instance type a row names: x_InstanceType, else the usage type's tail, else the description. */
const INSTANCE_TYPE = sql`coalesce(nullif(x_InstanceType, ''),
  nullif(regexp_extract(x_UsageType, ${pattern(':([a-z][a-z0-9-]*(\\.[a-z0-9-]+)+)$')}, 1), ''),
  nullif(regexp_extract(ChargeDescription, ${pattern('([a-z][a-z0-9-]*\\.[a-z0-9]+) Instance Hour')}, 1), ''))`;

/**
 * CTE `eligible` (with `covered_skus`): one row per eligible Usage row with its pool flags,
 * its on-demand equivalent `od` at the basis, and whether a commitment covered it.
 */
export function eligibleRowsSql(w: Window, basis: OnDemandBasis): SqlQuery {
  const od = raw(ON_DEMAND_COLUMN[basis]);
  const usage = sql`ChargeCategory = ${CHARGE.usage} AND CommitmentDiscountStatus IS DISTINCT FROM ${STATUS.unused}
    AND PricingCategory IS DISTINCT FROM ${DYNAMIC_PRICING} AND ${inWindow(w)}`;
  return sql`covered_skus AS (
      SELECT DISTINCT SkuId FROM focus WHERE ${usage} AND CommitmentDiscountStatus = ${STATUS.used} AND SkuId IS NOT NULL
    ),
    flagged AS (
      SELECT ChargePeriodStart AS s, ChargePeriodEnd AS e, strftime(ChargePeriodStart, '%Y-%m') AS period,
        RegionId AS region, ServiceName AS service, ${od} AS od,
        coalesce(CommitmentDiscountStatus = ${STATUS.used}, FALSE) AS covered,
        ${matches({ usageType: USAGE_TYPE_PATTERNS.ec2Instance, description: DESCRIPTION_PATTERNS.ec2Instance })} AS is_ec2,
        ${matches({ usageType: USAGE_TYPE_PATTERNS.fargate, description: DESCRIPTION_PATTERNS.fargate })} AS is_fargate,
        ${matches({ usageType: USAGE_TYPE_PATTERNS.lambda })} AS is_lambda,
        ${matches({ usageType: USAGE_TYPE_PATTERNS.reservableDatabase })} AS is_db,
        coalesce(SkuId IN (SELECT SkuId FROM covered_skus), FALSE) AS sku_covered,
        ${INSTANCE_TYPE} AS instance_type, CommitmentDiscountId AS cid,
        -- on-demand price of one unit (an instance hour) at the basis: what an RI of N units is worth
        CAST(${od} AS DOUBLE) / nullif(CAST(PricingQuantity AS DOUBLE), 0) AS unit_price,
        -- Linux/UNIX (RunInstances) on shared tenancy: AWS applies a regional RI to any size of the family
        (x_Operation = 'RunInstances' OR (x_Operation IS NULL AND ChargeDescription ILIKE '%Linux%'))
          AND coalesce(x_UsageType, '') NOT LIKE '%Dedicated%' AS linux_shared
      FROM focus WHERE ${usage}
    ),
    eligible AS (
      SELECT *, regexp_replace(instance_type, '\\.[^.]+$', '') AS family
      FROM flagged WHERE is_ec2 OR is_fargate OR is_lambda OR is_db OR covered OR sku_covered
    )`;
}

/** Which rows of `eligible` are in a type's pools (the WHERE of each branch of POOLS_SQL). */
export const POOL_MEMBERS: Record<EligibleType, SqlQuery> = {
  ComputeSavingsPlan: sql`(is_ec2 OR is_fargate OR is_lambda)`,
  EC2InstanceSavingsPlan: sql`is_ec2`,
  ReservedInstance: sql`(is_ec2 OR is_db)`,
};

/**
 * CTE `pools` over `eligible`: each row once per commitment type it could be covered by, with the
 * scope that tells that type's pools apart.
 */
export const POOLS_SQL = sql`pools AS (
    SELECT 'ComputeSavingsPlan' AS type, NULL::VARCHAR AS region, NULL::VARCHAR AS instance, NULL::VARCHAR AS service, s, e, period, od, covered
      FROM eligible WHERE ${POOL_MEMBERS.ComputeSavingsPlan}
    UNION ALL
    SELECT 'EC2InstanceSavingsPlan', region, family, NULL, s, e, period, od, covered FROM eligible WHERE ${POOL_MEMBERS.EC2InstanceSavingsPlan}
    UNION ALL
    SELECT 'ReservedInstance', region, CASE WHEN is_ec2 AND linux_shared THEN family ELSE instance_type END, service, s, e, period, od, covered
      FROM eligible WHERE ${POOL_MEMBERS.ReservedInstance}
  )`;
