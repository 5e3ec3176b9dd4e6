// FOCUS 1.2 MUST rules about groups of rows (all rows of one commitment, of one SKU price...).
// SKU and service rules hold within a FOCUS dataset (one import of one provider): two sources of
// the same provider (a CUR and the provider's own FOCUS export) may categorize differently.
// Each query returns one row per violating group, with the group's key and the figures that
// break the rule. Fixed SQL of ours; nothing from the user reaches it.

/**
 * Sums of many rows are compared as money, to the cent: each row's figure is rounded by the
 * provider (AWS to 8-10 decimals), and over thousands of rows those roundings add up to a few
 * tenths of a cent that no invoice shows.
 */
export const SUM_TOLERANCE = 0.005;

export interface GroupRule {
  id: string;
  spec: string;
  requirement: string;
  /** What one violating row of `query` stands for, e.g. "commitment and billing period". */
  group: string;
  /**
   * The FOCUS columns whose figures the requirement compares. A group is a source finding when
   * every row of it has them as its FOCUS file delivered them (provenance.ts).
   */
  reads: readonly string[];
  /**
   * Trusted SQL: one row per violating group, selecting from `rows` (focus, each row with
   * `as_delivered`) and ending its select list with GROUP_PROVENANCE.
   */
  query: (rows: string) => string;
}

/** Per group: whether all its rows are a FOCUS file's own figures, and the imports it spans. */
export const GROUP_PROVENANCE = `bool_and(as_delivered) AS "__asDelivered", list(DISTINCT x_ImportId ORDER BY x_ImportId) AS "__imports"`;

// A commitment whose purchase was paid (partly) upfront spreads that fee over its term, so its
// usage's EffectiveCost in one period exceeds what that period billed for it. The sum rule is
// checked where it holds period by period: commitments with recurring purchases only, and no
// amortized upfront fee on their usage (AWS's x_ columns; null for other providers).
const RECURRING_ONLY = `
  CommitmentDiscountId NOT IN (
    SELECT CommitmentDiscountId FROM focus
    WHERE CommitmentDiscountId IS NOT NULL
      AND ((ChargeCategory = 'Purchase' AND ChargeFrequency = 'One-Time')
        OR coalesce(x_SavingsPlanAmortizedUpfrontCommitment, 0) <> 0
        OR coalesce(x_ReservationAmortizedUpfrontCostForUsage, 0) <> 0))`;

export const GROUP_RULES: readonly GroupRule[] = [
  {
    id: 'effectivecost/commitment-usage-equals-purchase',
    spec: 'columns/effectivecost.md',
    requirement:
      'For a given CommitmentDiscountId, the sum of EffectiveCost where ChargeCategory is "Usage" MUST equal the sum of BilledCost where ChargeCategory is "Purchase" (checked per billing period for commitments billed by recurring fees only).',
    group: 'commitment and billing period',
    // ChargeFrequency: a One-Time purchase takes the commitment out of the check. The AWS x_
    // columns that do the same are no FOCUS columns: a FOCUS file rarely has them.
    reads: ['CommitmentDiscountId', 'BillingPeriodStart', 'ChargeCategory', 'ChargeFrequency', 'EffectiveCost', 'BilledCost'],
    query: (rows) => `
      SELECT CommitmentDiscountId, strftime(BillingPeriodStart, '%Y-%m') AS BillingPeriod,
             sum(EffectiveCost) FILTER (WHERE ChargeCategory = 'Usage') AS UsageEffectiveCost,
             sum(BilledCost) FILTER (WHERE ChargeCategory = 'Purchase') AS PurchaseBilledCost, ${GROUP_PROVENANCE}
      FROM ${rows}
      WHERE CommitmentDiscountId IS NOT NULL AND ${RECURRING_ONLY}
      GROUP BY ALL
      HAVING count(*) FILTER (WHERE ChargeCategory = 'Purchase') > 0
         AND abs(coalesce(UsageEffectiveCost, 0)::DOUBLE - coalesce(PurchaseBilledCost, 0)::DOUBLE)
             >= ${SUM_TOLERANCE}
      ORDER BY 1, 2`,
  },
  {
    id: 'commitmentdiscountunit/consistent-over-time',
    spec: 'columns/commitmentdiscountunit.md',
    requirement: 'CommitmentDiscountUnit MUST remain consistent over time for a given CommitmentDiscountId.',
    group: 'commitment',
    reads: ['CommitmentDiscountId', 'CommitmentDiscountUnit'],
    query: (rows) => `
      SELECT CommitmentDiscountId, list(DISTINCT CommitmentDiscountUnit ORDER BY CommitmentDiscountUnit) AS Units, ${GROUP_PROVENANCE}
      FROM ${rows} WHERE CommitmentDiscountId IS NOT NULL AND CommitmentDiscountUnit IS NOT NULL
      GROUP BY 1 HAVING count(DISTINCT CommitmentDiscountUnit) > 1 ORDER BY 1`,
  },
  {
    id: 'skupriceid/one-parent-skuid',
    spec: 'columns/skupriceid.md',
    requirement: 'SkuPriceId MUST have one and only one parent SkuId.',
    group: 'SKU price',
    reads: ['SkuPriceId', 'SkuId'],
    query: (rows) => `
      SELECT ProviderName, x_ImportId, SkuPriceId, list(DISTINCT SkuId ORDER BY SkuId) AS SkuIds, ${GROUP_PROVENANCE}
      FROM ${rows} WHERE SkuPriceId IS NOT NULL AND SkuId IS NOT NULL
      GROUP BY 1, 2, 3 HAVING count(DISTINCT SkuId) > 1 ORDER BY 1, 2, 3`,
  },
  {
    id: 'servicename/one-service-category',
    spec: 'columns/servicename.md',
    requirement: 'ServiceName MUST have one and only one ServiceCategory.',
    group: 'service',
    reads: ['ServiceName', 'ServiceCategory'],
    query: (rows) => `
      SELECT ProviderName, x_ImportId, ServiceName, list(DISTINCT ServiceCategory ORDER BY ServiceCategory) AS ServiceCategories, ${GROUP_PROVENANCE}
      FROM ${rows} WHERE ServiceName IS NOT NULL AND ServiceCategory IS NOT NULL
      GROUP BY 1, 2, 3 HAVING count(DISTINCT ServiceCategory) > 1 ORDER BY 1, 2, 3`,
  },
];
