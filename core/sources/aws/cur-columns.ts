// The CUR columns (Athena's snake_case names) that the FOCUS mapping in
// core/ingest/aws/cur-to-focus.ts reads, sorted by how an Athena extract treats them. A line-item
// extract selects all of them; the aggregate pushed down to Athena groups by the dimensions,
// sums the amounts and leaves out what cannot be summed (rates, line item ids, resources).
// cur-columns.test.ts fails when the mapping reads a column that is not listed here.

/** Grouped by in an aggregate: together with the day they are the grain of an aggregate row. */
export const CUR_DIMENSIONS = [
  'bill_payer_account_id',
  'bill_payer_account_name',
  'bill_billing_period_start_date',
  'bill_billing_period_end_date',
  'bill_bill_type',
  'bill_invoicing_entity',
  'bill_invoice_id',
  'line_item_usage_account_id',
  'line_item_usage_account_name',
  'line_item_product_code',
  'line_item_usage_type',
  'line_item_line_item_type',
  'line_item_currency_code',
  'line_item_legal_entity',
  'pricing_unit',
  'product_product_name',
  'product_servicename',
  'product_servicecode',
  'product_region',
  'product_region_code',
  'product_location',
  // Commitment ids: a Fee with a reservation is an upfront fee (effective cost 0), and
  // commitment rows keep their id; accounts hold few commitments, so the grain stays coarse.
  'savings_plan_savings_plan_a_r_n',
  'reservation_reservation_a_r_n',
] as const;

/** Summed in an aggregate (cast to exact decimals first). */
export const CUR_AMOUNTS = [
  'line_item_unblended_cost',
  'line_item_net_unblended_cost',
  'line_item_usage_amount',
  'line_item_normalized_usage_amount',
  'pricing_public_on_demand_cost',
  'reservation_effective_cost',
  'reservation_net_effective_cost',
  'reservation_amortized_upfront_cost_for_usage',
  'reservation_recurring_fee_for_usage',
  'reservation_unused_amortized_upfront_fee_for_billing_period',
  'reservation_net_unused_amortized_upfront_fee_for_billing_period',
  'reservation_unused_recurring_fee',
  'reservation_net_unused_recurring_fee',
  'reservation_unused_quantity',
  'reservation_total_reserved_units',
  'savings_plan_savings_plan_effective_cost',
  'savings_plan_net_savings_plan_effective_cost',
  'savings_plan_total_commitment_to_date',
  'savings_plan_used_commitment',
  'savings_plan_recurring_commitment_for_billing_period',
  'savings_plan_amortized_upfront_commitment_for_billing_period',
] as const;

/** Line-item detail: selected by a line-item extract, absent from an aggregate (null there). */
export const CUR_DETAIL = [
  'identity_line_item_id',
  'line_item_resource_id',
  'line_item_operation',
  'line_item_availability_zone',
  'line_item_line_item_description',
  'line_item_unblended_rate',
  'line_item_net_unblended_rate',
  'line_item_normalization_factor',
  'pricing_public_on_demand_rate',
  'pricing_term',
  'pricing_purchase_option',
  'pricing_rate_code',
  'pricing_rate_id',
  'product_sku',
  'product_product_family',
  'product_instance_type',
  'reservation_end_time',
  'savings_plan_end_time',
  'reservation_start_time',
  'savings_plan_start_time',
  'savings_plan_purchase_term',
  'savings_plan_payment_option',
  'pricing_lease_contract_length',
  'pricing_offering_class',
] as const;

/** Amounts among the detail columns: cast to exact decimals like the summed ones. */
export const CUR_DETAIL_AMOUNTS = new Set<string>(['line_item_unblended_rate', 'line_item_net_unblended_rate', 'line_item_normalization_factor', 'pricing_public_on_demand_rate']);

/** The usage start (ChargePeriodStart), truncated to the day in an aggregate. */
export const CUR_USAGE_START = 'line_item_usage_start_date';
export const CUR_USAGE_END = 'line_item_usage_end_date';

/** Legacy CUR tag columns in Athena: `resource_tags_user_team` for the user tag `Team`. */
export const ATHENA_TAG_PREFIX = 'resource_tags_';

/** Legacy CUR cost category columns in Athena: `cost_category_environment` for `Environment`. */
export const ATHENA_COST_CATEGORY_PREFIX = 'cost_category_';

/**
 * CUR 2.0 keeps tags, cost categories and most product attributes in maps; an extract keeps them
 * as maps (JSON text in Athena's CSV), the shape the FOCUS mapping reads from a CUR 2.0 file.
 */
export const Cur2Map = {
  Product: 'product',
  Tags: 'resource_tags',
  CostCategory: 'cost_category',
  Discount: 'discount',
} as const;

/**
 * Cost allocation columns that line items carry whole, for the mapping's x_ columns: discounts
 * (`discount_edp_discount`, summed in an aggregate) and split cost allocation (per pod: line-item
 * detail, left out of an aggregate).
 */
export const ATHENA_DISCOUNT_PREFIX = 'discount_';
export const ATHENA_SPLIT_PREFIX = 'split_line_item_';

/** Product attributes an aggregate groups by (the dimensions' `product_*` columns without the prefix). */
export const CUR2_PRODUCT_DIMENSIONS = CUR_DIMENSIONS.filter((c) => c.startsWith('product_')).map((c) => c.slice('product_'.length));

/** CUR 2.0's Athena partition (Data Exports write `BILLING_PERIOD=2026-10/`); AWS FOCUS exports too. */
export const BILLING_PERIOD_PARTITION = 'billing_period';
