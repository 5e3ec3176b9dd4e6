// Unused commitment as FOCUS 1.2 puts it. CUR reports a commitment's unused part on its recurring
// fee (SavingsPlanRecurringFee, RIFee); FOCUS's own scenarios
// (commitment_discount_scenarios/commitment_discount_usage_scenario_2.csv) keep the purchase at
// EffectiveCost 0 and show the unused part as a Usage row of its own: BilledCost 0, EffectiveCost
// the unused amount, PricingCategory Committed, CommitmentDiscountStatus Unused. A FOCUS query
// written for any provider finds unused commitment there, so each fee with an unused part gets
// that row and gives up its EffectiveCost. Every cost basis keeps its total: the unused amount
// moves from the fee to the new row, the other costs are 0.
//
// Both are written as the file is mapped, never by updating loaded rows: the file's rows go in
// with each such fee already at EffectiveCost 0 (feeLinesSelect), then the same mapping, read
// again for the fees alone, gives their unused rows (unusedRowsSelect). An UPDATE of rows the
// same transaction inserted made DuckDB write the whole load a second time at COMMIT and again
// at its checkpoint (the 50M-line bench ran out of disk on it).
import { ALLOCATION_COLUMNS, PROVIDER_COLUMNS, PROVIDER_COST_COLUMNS } from '../../store/focus-columns.ts';
import { empty, ident, join, sql, type SqlQuery } from '../../sql/index.ts';
import { ChargeCategory, LineItemType } from './line-item-types.ts';

/** Appended to a fee's x_LineItemId to name the row of its unused part. */
export const UNUSED_LINE_ITEM_SUFFIX = '/unused';

/** The recurring fees CUR puts the unused part of a commitment on. */
export const UNUSED_COMMITMENT_FEE_TYPES: readonly string[] = [LineItemType.SavingsPlanRecurringFee, LineItemType.RIFee];

/** Provider figures per unit (a rate, a normalization factor, a ratio): never summed, so the unused row keeps them. */
const PER_UNIT_COLUMNS: readonly string[] = ['x_PublicOnDemandRate', 'x_NormalizationFactor', 'x_SplitUsageRatio'];

/**
 * A fee's own figures besides its costs: the commitment's amounts (x_SavingsPlanTotalCommitmentToDate…),
 * the reservation's unused quantity and fees, normalized and split usage. They describe the fee,
 * which keeps them; on its unused row they are null, or a sum over both rows counts them twice.
 * Attributes (usage type, end times, cost categories…) are copied: they say what the row is.
 */
export const FEE_FIGURE_COLUMNS: readonly string[] = [...PROVIDER_COLUMNS, ...ALLOCATION_COLUMNS]
  .filter((c) => c.type.startsWith('DECIMAL') && !PROVIDER_COST_COLUMNS.includes(c.name) && !PER_UNIT_COLUMNS.includes(c.name))
  .map((c) => c.name);

/**
 * A mapped row (columns named as in focus) that is a fee with an unused part: the mapping gives a
 * recurring fee's unused amount as its EffectiveCost (cur-to-focus.ts).
 */
const UNUSED_FEE = sql`(list_contains([${join([...UNUSED_COMMITMENT_FEE_TYPES])}], x_LineItemType)
  AND ChargeCategory = ${ChargeCategory.Purchase} AND EffectiveCost <> 0)`;

/** The file's rows, `mapped` (a SELECT of focus columns), with each fee's unused part taken off it. */
export function feeLinesSelect(mapped: SqlQuery): SqlQuery {
  return sql`SELECT * REPLACE (
      CASE WHEN ${UNUSED_FEE} THEN 0 ELSE EffectiveCost END AS EffectiveCost,
      -- the status moves to the unused row
      CASE WHEN ${UNUSED_FEE} THEN NULL ELSE CommitmentDiscountStatus END AS CommitmentDiscountStatus)
    FROM (${mapped}) AS mapped`;
}

/**
 * The unused rows of the fees in `mapped` (the same SELECT as feeLinesSelect's), which has
 * `columns`: a Usage row per fee with an unused part, carrying it as EffectiveCost.
 */
export function unusedRowsSelect(mapped: SqlQuery, columns: readonly string[]): SqlQuery {
  const has = new Set(columns);
  // Provider cost columns (x_UnblendedCost...) are summed like the bases: the fee keeps them.
  const providerCosts = PROVIDER_COST_COLUMNS.filter((c) => has.has(c)).map((c) => sql`CASE WHEN ${ident(c)} IS NULL THEN NULL ELSE 0 END AS ${ident(c)}`);
  const feeFigures = FEE_FIGURE_COLUMNS.filter((c) => has.has(c)).map((c) => sql`NULL AS ${ident(c)}`);
  return sql`SELECT * REPLACE (
      x_LineItemId || ${UNUSED_LINE_ITEM_SUFFIX} AS x_LineItemId,
      ${ChargeCategory.Usage} AS ChargeCategory,
      'Usage-Based' AS ChargeFrequency,
      'Committed' AS PricingCategory,
      'Unused' AS CommitmentDiscountStatus,
      0 AS BilledCost, 0 AS ListCost, 0 AS ContractedCost,
      -- no price of its own (like a negation): 0 × PricingQuantity = 0 keeps price × quantity = cost
      0 AS ListUnitPrice, 0 AS ContractedUnitPrice,
      -- unused commitment consumed nothing (FOCUS: null when Usage is Unused)
      NULL AS ConsumedQuantity, NULL AS ConsumedUnit
      ${has.has('x_Discounts') ? sql`,
      -- the fee keeps the discounts it received; copied here they would count twice
      NULL AS x_Discounts` : empty}
      ${providerCosts.length + feeFigures.length > 0 ? sql`, ${join([...providerCosts, ...feeFigures])}` : empty})
    FROM (${mapped}) AS mapped WHERE ${UNUSED_FEE}`;
}

/** Whether the rows of an import just loaded by feeLinesSelect hold a fee whose unused part was taken off. */
export function splitFeesOf(importId: number): SqlQuery {
  return sql`SELECT count(*) FROM focus WHERE x_ImportId = ${importId}
    AND list_contains([${join([...UNUSED_COMMITMENT_FEE_TYPES])}], x_LineItemType)
    AND ChargeCategory = ${ChargeCategory.Purchase} AND CommitmentDiscountStatus IS NULL`;
}
