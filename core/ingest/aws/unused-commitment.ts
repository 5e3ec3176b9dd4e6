// Unused commitment as FOCUS 1.2 puts it. CUR reports a commitment's unused part on its recurring
// fee (SavingsPlanRecurringFee, RIFee); FOCUS's own scenarios
// (commitment_discount_scenarios/commitment_discount_usage_scenario_2.csv) keep the purchase at
// EffectiveCost 0 and show the unused part as a Usage row of its own: BilledCost 0, EffectiveCost
// the unused amount, PricingCategory Committed, CommitmentDiscountStatus Unused. A FOCUS query
// written for any provider finds unused commitment there, so after a CUR file's rows are inserted
// each fee with an unused part gets that row and gives up its EffectiveCost. Every cost basis
// keeps its total: the unused amount moves from the fee to the new row, the other costs are 0.
import type { Db } from '../../store/db.ts';
import { ALLOCATION_COLUMNS, PROVIDER_COLUMNS, PROVIDER_COST_COLUMNS } from '../../store/focus-columns.ts';
import { ident, join, sql } from '../../sql/index.ts';
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

/** Splits the just-loaded fees of one import; call inside the load's transaction, before its checks. */
export async function splitUnusedCommitment(db: Db, importId: number): Promise<void> {
  // The new rows keep the fee's x_LineItemType (so their origin shows): ChargeCategory tells them apart.
  const fee = sql`x_ImportId = ${importId} AND x_LineItemType IN (${join([...UNUSED_COMMITMENT_FEE_TYPES])})
    AND ChargeCategory = ${ChargeCategory.Purchase} AND EffectiveCost <> 0`;
  // Provider cost columns (x_UnblendedCost...) are summed like the bases: the fee keeps them.
  const providerCosts = PROVIDER_COST_COLUMNS.map((c) => sql`CASE WHEN ${ident(c)} IS NULL THEN NULL ELSE 0 END AS ${ident(c)}`);
  const feeFigures = FEE_FIGURE_COLUMNS.map((c) => sql`NULL AS ${ident(c)}`);
  await db.run(sql`INSERT INTO focus BY NAME
    SELECT * REPLACE (
      x_LineItemId || ${UNUSED_LINE_ITEM_SUFFIX} AS x_LineItemId,
      ${ChargeCategory.Usage} AS ChargeCategory,
      'Usage-Based' AS ChargeFrequency,
      'Committed' AS PricingCategory,
      'Unused' AS CommitmentDiscountStatus,
      0 AS BilledCost, 0 AS ListCost, 0 AS ContractedCost,
      -- no price of its own (like a negation): 0 × PricingQuantity = 0 keeps price × quantity = cost
      0 AS ListUnitPrice, 0 AS ContractedUnitPrice,
      -- unused commitment consumed nothing (FOCUS: null when Usage is Unused)
      NULL AS ConsumedQuantity, NULL AS ConsumedUnit,
      -- the fee keeps the discounts it received; copied here they would count twice
      NULL AS x_Discounts,
      ${join([...providerCosts, ...feeFigures])})
    FROM focus WHERE ${fee}`);
  await db.run(sql`UPDATE focus SET EffectiveCost = 0, CommitmentDiscountStatus = NULL WHERE ${fee}`);
}
