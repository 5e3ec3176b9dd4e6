// The AWS CUR -> FOCUS 1.2 mapping (core/ingest/SPEC.md explains each rule with an example).
// Written once against snake_case CUR names; legacy CSV slash names are canonicalized first.
// Based on the FinOps Foundation focus_converters rules (../shared/data/focus-converter-rules),
// updated to FOCUS 1.2 where the 1.0-preview rules differ (see SPEC.md).
import { join, sql, type SqlQuery } from '../../sql/index.ts';
import type { SourceColumns } from '../source.ts';
import { ChargeCategory as CC, CREDIT_LINE_ITEM_TYPES, LineItemType as LIT, PRICED_WITHOUT_UNIT } from './line-item-types.ts';
import { awsRegionName } from './regions.ts';
import { awsResourceType } from './resource-type.ts';

export type FocusSelect = Record<string, SqlQuery>;

/** ProviderName of every CUR row. */
export const AWS_PROVIDER = 'AWS';

/**
 * `x` is one of `values`. Written as list_contains, not IN: DuckDB turns an IN list of six or more
 * values into a join, which also stops it reporting progress for the whole load.
 */
function oneOf(x: SqlQuery, values: readonly string[]): SqlQuery {
  return sql`list_contains([${join(values)}], ${x})`;
}

/** AWS product code -> FOCUS ServiceCategory (migration 002), joined to the source as `cat`. */
export function serviceCategoryJoin(c: SourceColumns): SqlQuery {
  return sql`LEFT JOIN ref_aws_service_category AS cat ON cat.product_code = ${c.str('line_item_product_code')}`;
}

/** a ÷ b as DECIMAL(38, 12): DuckDB divides decimals as DOUBLE; back through its shortest text, exactly. */
function divide(a: SqlQuery, b: SqlQuery): SqlQuery {
  return sql`CAST(CAST(${a} / ${b} AS VARCHAR) AS DECIMAL(38, 12))`;
}

/** Expressions for each FOCUS and x_ column, given the file's columns and its Tags expression. */
export function curToFocus(c: SourceColumns, tags: SqlQuery, productAttr: (attr: string) => SqlQuery): FocusSelect {
  const type = c.str('line_item_line_item_type');
  const creditLike = oneOf(type, CREDIT_LINE_ITEM_TYPES);
  const unblended = c.num('line_item_unblended_cost');
  const netUnblended = c.num('line_item_net_unblended_cost');
  const billed = sql`COALESCE(${netUnblended}, ${unblended})`;
  const usageAmount = c.num('line_item_usage_amount');
  const spArn = c.str('savings_plan_savings_plan_a_r_n');
  const riArn = c.str('reservation_reservation_a_r_n');
  const resourceId = c.str('line_item_resource_id');
  const productCode = c.str('line_item_product_code');
  const usageType = c.str('line_item_usage_type');
  const publicRate = c.num('pricing_public_on_demand_rate');

  // The unused part of a Savings Plan's recurring fee is reported gross (TotalCommitmentToDate −
  // UsedCommitment). With negotiated discounts the covered usage carries net figures, so the
  // unused part is scaled by the fee's net/gross; the plan then sums to its net commitment.
  // (Decimal ÷ decimal is a DOUBLE in DuckDB: back to DECIMAL through its shortest text, exactly.)
  const spUnused = sql`(${c.num('savings_plan_total_commitment_to_date')} - ${c.num('savings_plan_used_commitment')})`;
  const spUnusedNet = sql`CASE WHEN ${netUnblended} IS NOT NULL AND ${unblended} <> 0
      THEN CAST(CAST((${spUnused} * ${netUnblended}) / ${unblended} AS VARCHAR) AS DECIMAL(38, 12)) ELSE ${spUnused} END`;
  // A refund of a commitment's fee ("Refund for one-time fee for Savings Plan ID …") corrects a
  // purchase whose EffectiveCost was 0: it is a Purchase correction and its EffectiveCost is 0 too,
  // or the amortized month would go negative by the whole fee.
  const commitmentRefund = sql`(${type} = ${LIT.Refund} AND (${spArn} IS NOT NULL OR ${riArn} IS NOT NULL
      OR starts_with(${c.str('line_item_line_item_description')}, 'Refund for one-time fee')))`;

  // On the recurring fees this is the unused part, read here from the fee's columns; the load then
  // moves it to a Usage row of its own and sets the fee's to 0 (unused-commitment.ts, FOCUS 1.2).
  const effective = sql`CASE ${type}
      WHEN ${LIT.SavingsPlanCoveredUsage} THEN COALESCE(${c.num('savings_plan_net_savings_plan_effective_cost')}, ${c.num('savings_plan_savings_plan_effective_cost')})
      WHEN ${LIT.SavingsPlanRecurringFee} THEN ${spUnusedNet}
      WHEN ${LIT.SavingsPlanNegation} THEN 0
      WHEN ${LIT.SavingsPlanUpfrontFee} THEN 0
      WHEN ${LIT.DiscountedUsage} THEN COALESCE(${c.num('reservation_net_effective_cost')}, ${c.num('reservation_effective_cost')})
      WHEN ${LIT.RIFee} THEN COALESCE(${c.num('reservation_net_unused_amortized_upfront_fee_for_billing_period')}, ${c.num('reservation_unused_amortized_upfront_fee_for_billing_period')})
                            + COALESCE(${c.num('reservation_net_unused_recurring_fee')}, ${c.num('reservation_unused_recurring_fee')})
      ELSE CASE WHEN ${type} = ${LIT.Fee} AND ${riArn} IS NOT NULL THEN 0 WHEN ${commitmentRefund} THEN 0 ELSE ${billed} END
    END`;

  const chargeCategory = sql`CASE
      WHEN ${type} = ${LIT.Tax} THEN ${CC.Tax}
      WHEN ${oneOf(type, [LIT.Fee, LIT.RIFee, LIT.SavingsPlanUpfrontFee, LIT.SavingsPlanRecurringFee])} OR ${commitmentRefund} THEN ${CC.Purchase}
      WHEN ${oneOf(type, [LIT.Usage, LIT.DiscountedUsage, LIT.SavingsPlanCoveredUsage, LIT.SavingsPlanNegation])} THEN ${CC.Usage}
      WHEN ${creditLike} THEN ${CC.Credit}
      ELSE ${CC.Adjustment} END`;

  const usageLike = sql`${oneOf(type, [LIT.Usage, LIT.DiscountedUsage, LIT.SavingsPlanCoveredUsage, LIT.SavingsPlanNegation])}`;
  // A negation cancels the on-demand cost of usage a Savings Plan covered: it consumes nothing
  // (the covered line carries the hours) and has no list or contracted price of its own.
  const negation = sql`${type} = ${LIT.SavingsPlanNegation}`;
  const consumes = sql`${oneOf(type, [LIT.Usage, LIT.DiscountedUsage, LIT.SavingsPlanCoveredUsage, LIT.SavingsPlanNegation])}`;
  const tax = sql`${type} = ${LIT.Tax}`;
  const purchase = sql`${oneOf(type, [LIT.Fee, LIT.RIFee, LIT.SavingsPlanUpfrontFee, LIT.SavingsPlanRecurringFee])}`;
  const chargeFrequency = sql`CASE
      WHEN ${usageLike} THEN 'Usage-Based'
      WHEN ${oneOf(type, [LIT.RIFee, LIT.SavingsPlanRecurringFee])} THEN 'Recurring'
      WHEN ${type} = ${LIT.Fee} AND ${c.str('bill_bill_type')} = 'Anniversary' THEN 'Recurring'
      WHEN ${oneOf(type, [LIT.Fee, LIT.SavingsPlanUpfrontFee])} THEN 'One-Time'
      WHEN ${c.str('bill_bill_type')} = 'Anniversary' THEN 'Recurring'
      WHEN ${c.str('bill_bill_type')} IN ('Purchase', 'Refund') THEN 'One-Time'
      ELSE 'Usage-Based' END`;

  const pricingCategory = sql`CASE
      WHEN ${oneOf(type, [LIT.SavingsPlanCoveredUsage, LIT.DiscountedUsage, LIT.SavingsPlanNegation])} THEN 'Committed'
      WHEN ${type} = ${LIT.Usage} AND (${usageType} LIKE '%SpotUsage%' OR ${c.str('pricing_term')} = 'Spot') THEN 'Dynamic'
      WHEN ${type} = ${LIT.Usage} THEN 'Standard'
      WHEN ${purchase} THEN 'Standard'
      ELSE NULL END`;

  // Quantities and prices (SPEC.md, "Prices and quantities"). Credits and taxes are not priced per
  // unit: no quantity, unit or prices, and every cost their billed figure. Usage and purchases
  // always have all four, so that price × quantity = cost holds on every one of them.
  const unpriced = sql`(${creditLike} OR ${tax})`;
  const pricingQuantity = sql`CASE WHEN ${unpriced} THEN NULL
      WHEN ${type} = ${LIT.RIFee} THEN COALESCE(${c.num('reservation_total_reserved_units')}, ${usageAmount})
      ELSE ${usageAmount} END`;
  // A purchase or usage line without a pricing unit (a support fee, a plan's fee) counts units bought.
  const pricingUnit = sql`CASE WHEN ${unpriced} OR ${pricingQuantity} IS NULL THEN NULL
      WHEN ${usageLike} OR ${purchase} THEN COALESCE(${c.str('pricing_unit')}, ${PRICED_WITHOUT_UNIT})
      ELSE ${c.str('pricing_unit')} END`;
  // A correction may leave its prices out (FOCUS), and a refund's price would be negative.
  const correction = sql`${type} = ${LIT.Refund}`;
  const priced = sql`(NOT ${unpriced} AND NOT ${correction})`;

  // List: the public on-demand price, else (no public price: fees, marketplace) the gross cost.
  // A credit, refund or discount, and a tax, carry their billed figure.
  const listCost = sql`CASE
      WHEN ${negation} THEN 0
      WHEN ${unpriced} THEN ${billed}
      ELSE COALESCE(${publicRate} * ${pricingQuantity}, ${c.num('pricing_public_on_demand_cost')}, ${unblended}) END`;
  const listUnitPrice = sql`CASE WHEN ${negation} THEN 0 WHEN NOT ${priced} THEN NULL
      ELSE COALESCE(${publicRate}, CASE WHEN ${pricingQuantity} <> 0 THEN ${divide(listCost, pricingQuantity)} END) END`;

  // Contracted: the price before commitment discounts, after negotiated ones. The line's rate is
  // that price on usage and purchases; RI-covered usage (DiscountedUsage) writes the RI's rate (0),
  // so it takes the on-demand price, as CUR gives no negotiated rate for it. A file with net costs
  // but no net rate scales the rate by the line's net/gross.
  const netRate = c.has('line_item_net_unblended_rate') || !c.has('line_item_net_unblended_cost')
    ? sql`COALESCE(${c.num('line_item_net_unblended_rate')}, ${c.num('line_item_unblended_rate')})`
    : sql`CASE WHEN ${netUnblended} IS NOT NULL AND ${unblended} <> 0
        THEN ${divide(sql`${c.num('line_item_unblended_rate')} * ${netUnblended}`, unblended)} ELSE ${c.num('line_item_unblended_rate')} END`;
  const discounted = sql`${type} = ${LIT.DiscountedUsage}`;
  const contractedUnitPrice = sql`CASE WHEN ${negation} THEN 0 WHEN NOT ${priced} THEN NULL
      WHEN ${discounted} THEN ${listUnitPrice}
      ELSE COALESCE(${netRate}, CASE WHEN ${pricingQuantity} <> 0 THEN ${divide(billed, pricingQuantity)} END) END`;
  const contractedCost = sql`CASE WHEN ${negation} THEN 0 WHEN ${discounted} THEN ${listCost} ELSE ${billed} END`;

  // ResourceType where the CUR says it: from the id (aws/resource-type.ts), else the line's product
  // family, else its product code; FOCUS wants a type on every row with a ResourceId.
  const resourceType = sql`CASE WHEN ${resourceId} IS NOT NULL THEN COALESCE(${awsResourceType(resourceId)}, ${productAttr('product_family')}, ${productCode}) END`;

  return {
    AvailabilityZone: c.str('line_item_availability_zone'),
    BilledCost: billed,
    BillingAccountId: c.str('bill_payer_account_id'),
    BillingAccountName: c.str('bill_payer_account_name'),
    BillingCurrency: c.str('line_item_currency_code'),
    BillingPeriodEnd: c.ts('bill_billing_period_end_date'),
    BillingPeriodStart: c.ts('bill_billing_period_start_date'),
    ChargeCategory: chargeCategory,
    ChargeClass: sql`CASE WHEN ${type} = ${LIT.Refund} THEN 'Correction' END`,
    ChargeDescription: c.str('line_item_line_item_description'),
    ChargeFrequency: chargeFrequency,
    ChargePeriodEnd: c.ts('line_item_usage_end_date'),
    ChargePeriodStart: c.ts('line_item_usage_start_date'),
    CommitmentDiscountCategory: sql`CASE WHEN ${spArn} IS NOT NULL THEN 'Spend' WHEN ${riArn} IS NOT NULL THEN 'Usage' END`,
    CommitmentDiscountId: sql`COALESCE(${spArn}, ${riArn})`,
    CommitmentDiscountStatus: sql`CASE
      WHEN ${oneOf(type, [LIT.SavingsPlanCoveredUsage, LIT.DiscountedUsage, LIT.SavingsPlanNegation])} THEN 'Used'
      -- the fee's unused part; unused-commitment.ts moves it (and this status) to its own row
      WHEN ${oneOf(type, [LIT.SavingsPlanRecurringFee, LIT.RIFee])} THEN 'Unused' END`,
    CommitmentDiscountType: sql`CASE WHEN ${spArn} IS NOT NULL THEN 'Savings Plan' WHEN ${riArn} IS NOT NULL THEN 'Reserved Instances (RI)' END`,
    // A negation consumed nothing: 0, not null (FOCUS: a used Usage row has a quantity) and not the
    // covered line's hours again (counting both doubled them).
    ConsumedQuantity: sql`CASE WHEN ${negation} THEN 0 WHEN ${consumes} THEN ${usageAmount} END`,
    ConsumedUnit: sql`CASE WHEN ${consumes} THEN COALESCE(${c.str('pricing_unit')}, ${PRICED_WITHOUT_UNIT}) END`,
    ContractedCost: contractedCost,
    ContractedUnitPrice: contractedUnitPrice,
    EffectiveCost: effective,
    InvoiceId: c.str('bill_invoice_id'),
    // Never null in FOCUS: a CUR without the entity columns (reports older than them) is issued
    // and published by AWS itself.
    InvoiceIssuerName: sql`COALESCE(${c.str('bill_invoicing_entity')}, ${AWS_PROVIDER})`,
    ListCost: listCost,
    ListUnitPrice: listUnitPrice,
    PricingCategory: pricingCategory,
    PricingQuantity: pricingQuantity,
    PricingUnit: pricingUnit,
    ProviderName: sql`${AWS_PROVIDER}`,
    PublisherName: sql`COALESCE(${c.str('line_item_legal_entity')}, ${AWS_PROVIDER})`,
    RegionId: sql`COALESCE(${productAttr('region_code')}, ${productAttr('region')})`,
    RegionName: sql`COALESCE(${productAttr('location')}, ${awsRegionName(sql`COALESCE(${productAttr('region_code')}, ${productAttr('region')})`)})`,
    ResourceId: resourceId,
    ResourceName: resourceId,
    ResourceType: resourceType,
    // ServiceCategory comes from the reference table joined as `cat` (see SERVICE_CATEGORY_JOIN).
    ServiceCategory: sql`COALESCE(cat.service_category, 'Other')`,
    ServiceName: sql`COALESCE(${productAttr('product_name')}, ${productAttr('servicename')}, ${productCode})`,
    SkuId: productAttr('sku'),
    SkuPriceId: sql`COALESCE(${c.str('pricing_rate_code')}, ${c.str('pricing_rate_id')})`,
    SubAccountId: c.str('line_item_usage_account_id'),
    SubAccountName: c.str('line_item_usage_account_name'),
    Tags: tags,
    x_LineItemId: c.str('identity_line_item_id'),
    x_LineItemType: type,
    x_BillType: c.str('bill_bill_type'),
    x_UsageType: usageType,
    x_Operation: c.str('line_item_operation'),
    x_ServiceCode: sql`COALESCE(${productAttr('servicecode')}, ${productCode})`,
    x_ProductFamily: productAttr('product_family'),
    x_InstanceType: productAttr('instance_type'),
    x_PurchaseOption: c.str('pricing_purchase_option'),
    x_PricingTerm: c.str('pricing_term'),
    x_UnblendedCost: unblended,
    x_NetUnblendedCost: netUnblended,
    x_PublicOnDemandRate: publicRate,
    x_PublicOnDemandCost: c.num('pricing_public_on_demand_cost'),
    x_NormalizationFactor: c.num('line_item_normalization_factor'),
    x_NormalizedUsageAmount: c.num('line_item_normalized_usage_amount'),
    x_SavingsPlanTotalCommitmentToDate: c.num('savings_plan_total_commitment_to_date'),
    x_SavingsPlanUsedCommitment: c.num('savings_plan_used_commitment'),
    x_SavingsPlanRecurringCommitment: c.num('savings_plan_recurring_commitment_for_billing_period'),
    x_SavingsPlanAmortizedUpfrontCommitment: c.num('savings_plan_amortized_upfront_commitment_for_billing_period'),
    x_SavingsPlanEndTime: c.ts('savings_plan_end_time'),
    x_ReservationEndTime: c.ts('reservation_end_time'),
    x_ReservationUnusedQuantity: c.num('reservation_unused_quantity'),
    x_ReservationUnusedAmortizedUpfrontFee: c.num('reservation_unused_amortized_upfront_fee_for_billing_period'),
    x_ReservationUnusedRecurringFee: c.num('reservation_unused_recurring_fee'),
    x_ReservationAmortizedUpfrontCostForUsage: c.num('reservation_amortized_upfront_cost_for_usage'),
    x_ReservationRecurringFeeForUsage: c.num('reservation_recurring_fee_for_usage'),
    // the commitment's terms as AWS writes them (migration 060): read, never derived
    x_SavingsPlanStartTime: c.ts('savings_plan_start_time'),
    x_SavingsPlanPurchaseTerm: c.str('savings_plan_purchase_term'),
    x_SavingsPlanPaymentOption: c.str('savings_plan_payment_option'),
    x_ReservationStartTime: c.ts('reservation_start_time'),
    x_LeaseContractLength: c.str('pricing_lease_contract_length'),
    x_OfferingClass: c.str('pricing_offering_class'),
  };
}
