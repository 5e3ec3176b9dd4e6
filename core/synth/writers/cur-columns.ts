// The CUR columns both CUR writers share: legacy names (slash headers, as in the legacy CSV) and
// CUR 2.0 names (snake_case; some product attributes move into the `product` map). The value
// expressions are written once; `type` says how each format renders them.
import { cmt, dim, kindIn, lineItemId, lineItemType, lit, monthBounds, mu, per, qty, when, RI_LINE, PURCHASE_LINE, RESOURCE_ID, SP_KINDS, USAGE_KINDS, type PartContext } from './sql.ts';
import { TAX_TYPE } from '../month-end.ts';

export type CurType = 'string' | 'money' | 'quantity' | 'rate' | 'time' | 'double';

export interface CurColumn {
  legacy: string;
  /** CUR 2.0 top-level column, or `product.<key>` for a key of the product map. */
  cur2: string;
  type: CurType;
  /** For 'time', the expression gives an epoch-microsecond timestamp and a legacy string. */
  expr: (ctx: PartContext) => string | { ts: string; str: string };
  /** For keys of the CUR 2.0 product map: the item attribute (dims.ts builds the map per item). */
  attr?: string;
}

const s = (legacy: string, cur2: string, expr: string | ((c: PartContext) => string), type: CurType = 'string'): CurColumn => ({
  legacy, cur2, type, expr: typeof expr === 'string' ? () => expr : expr,
});

/** A key of CUR 2.0's `product` map: a plain item attribute in both formats. */
const pm = (legacy: string, key: string, attr: string): CurColumn => ({ legacy, cur2: `product.${key}`, type: 'string', expr: () => dim(attr), attr });

const usage = kindIn(...USAGE_KINDS);
const sp = kindIn(...SP_KINDS);
const spRecurring = kindIn('SavingsPlanRecurringFee');
const discounted = kindIn('DiscountedUsage');
const riFee = kindIn('RIFee');
/** lineItem/UnblendedRate: the meter's rate, the recurring rate on commitment fees, 0 on RI-covered hours. */
export const UNBLENDED_RATE = `CASE WHEN ${kindIn('Usage', 'SavingsPlanCoveredUsage', 'SavingsPlanNegation', 'SavingsPlanRecurringFee', 'RIFee')} THEN ${dim('rate')} WHEN ${discounted} THEN 0::DECIMAL(38,10) END`;
const billType = `CASE WHEN ${kindIn('Refund')} THEN 'Refund' WHEN ${PURCHASE_LINE} THEN 'Purchase' ELSE 'Anniversary' END`;
/** lineItem/LineItemDescription (and FOCUS ChargeDescription): the meter's, reworded for covered and purchase lines. */
export const LINE_DESCRIPTION = `CASE WHEN ${kindIn('Fee')} AND f.cmt IS NOT NULL THEN 'Sign up charge for subscription: ' || ${cmt('arn')} WHEN ${discounted} THEN ${dim('description')} || ' (reserved instance applied)' WHEN ${kindIn('SavingsPlanCoveredUsage')} THEN ${dim('instance_type')} || ' covered by ' || ${cmt('offering_type')} WHEN ${kindIn('SavingsPlanNegation')} THEN 'SavingsPlanNegation used by AccountId : ' || ${dim('account_id')} || ' and UsageSku : ' || ${dim('sku')} ELSE ${dim('description')} END`;
const purchaseOption = `CASE WHEN ${RI_LINE} THEN ${cmt('payment_option')} END`;

// A rate code is `<sku>.<offer term code>.<price dimension code>`, as the AWS price list writes
// them (../shared/data/ec2-pricing-examples: m5.large's On Demand hour is
// 6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7, its 1yr standard No Upfront RI hour …4NA7Y494T4.6YS6EN2CT7,
// an RI's upfront fee ….2TG2D8R56U). The generator's reservations are of the standard class.
const ON_DEMAND_TERM = 'JRTCKXETXF';
const HOURLY_PRICE = '6YS6EN2CT7';
const UPFRONT_PRICE = '2TG2D8R56U';
const STANDARD_RI_TERMS: Record<string, string> = {
  '1yr/No Upfront': '4NA7Y494T4', '1yr/Partial Upfront': 'HU7G6KETJZ', '1yr/All Upfront': '6QCMYABX3D',
  '3yr/No Upfront': 'BPH4J8HBKS', '3yr/Partial Upfront': '38NPMPTW36', '3yr/All Upfront': 'NQ3QZPMQV9',
};
const riTerm = `CASE ${cmt('term')} || '/' || ${cmt('payment_option')} ${Object.entries(STANDARD_RI_TERMS).map(([k, v]) => `WHEN ${lit(k)} THEN ${lit(v)}`).join(' ')} END`;
/**
 * pricing/RateCode (and FOCUS SkuPriceId) of every line with a SKU: usage and purchases, which FOCUS
 * says MUST have one; taxes, credits and refunds have no SKU. An RI's fees are priced under its
 * reserved term (hourly, or upfront for the one-time fee); everything else at the on-demand term.
 */
export const RATE_CODE = `CASE WHEN ${dim('sku')} IS NULL THEN NULL
  WHEN ${kindIn('RIFee')} THEN ${dim('sku')} || '.' || ${riTerm} || '.${HOURLY_PRICE}'
  WHEN ${kindIn('Fee')} AND f.cmt IS NOT NULL THEN ${dim('sku')} || '.' || ${riTerm} || '.${UPFRONT_PRICE}'
  ELSE ${dim('sku')} || '.${ON_DEMAND_TERM}.${HOURLY_PRICE}' END`;

export const CUR_COLUMNS: readonly CurColumn[] = [
  s('identity/LineItemId', 'identity_line_item_id', lineItemId),
  s('identity/TimeInterval', 'identity_time_interval', per('interval')),
  s('bill/InvoiceId', 'bill_invoice_id', (c) => lit(c.invoiceId)),
  s('bill/InvoicingEntity', 'bill_invoicing_entity', lit('Amazon Web Services, Inc.')),
  s('bill/BillingEntity', 'bill_billing_entity', dim('billing_entity')),
  s('bill/BillType', 'bill_bill_type', billType),
  s('bill/PayerAccountId', 'bill_payer_account_id', (c) => lit(c.payerId)),
  s('', 'bill_payer_account_name', (c) => lit(c.payerName)),
  { legacy: 'bill/BillingPeriodStartDate', cur2: 'bill_billing_period_start_date', type: 'time', expr: (c) => ({ ts: `TIMESTAMP ${lit(monthBounds(c.month).start.slice(0, 19).replace('T', ' '))}`, str: lit(monthBounds(c.month).start) }) },
  { legacy: 'bill/BillingPeriodEndDate', cur2: 'bill_billing_period_end_date', type: 'time', expr: (c) => ({ ts: `TIMESTAMP ${lit(monthBounds(c.month).end.slice(0, 19).replace('T', ' '))}`, str: lit(monthBounds(c.month).end) }) },
  s('lineItem/UsageAccountId', 'line_item_usage_account_id', dim('account_id')),
  s('', 'line_item_usage_account_name', dim('account_name')),
  s('lineItem/LineItemType', 'line_item_line_item_type', lineItemType),
  { legacy: 'lineItem/UsageStartDate', cur2: 'line_item_usage_start_date', type: 'time', expr: () => ({ ts: per('start'), str: per('start_str') }) },
  { legacy: 'lineItem/UsageEndDate', cur2: 'line_item_usage_end_date', type: 'time', expr: () => ({ ts: per('end'), str: per('end_str') }) },
  s('lineItem/ProductCode', 'line_item_product_code', dim('product_code')),
  s('lineItem/UsageType', 'line_item_usage_type', dim('usage_type')),
  s('lineItem/Operation', 'line_item_operation', dim('operation')),
  s('lineItem/AvailabilityZone', 'line_item_availability_zone', when(usage, dim('zone'))),
  s('lineItem/ResourceId', 'line_item_resource_id', RESOURCE_ID),
  s('lineItem/UsageAmount', 'line_item_usage_amount', qty('amount'), 'quantity'),
  s('lineItem/NormalizationFactor', 'line_item_normalization_factor', when(usage, dim('normalization_factor')), 'double'),
  s('lineItem/NormalizedUsageAmount', 'line_item_normalized_usage_amount', when(usage, `${dim('normalization_factor')} * ${qty('amount')}::DOUBLE`), 'double'),
  s('lineItem/CurrencyCode', 'line_item_currency_code', lit('USD')),
  s('lineItem/UnblendedRate', 'line_item_unblended_rate', UNBLENDED_RATE, 'rate'),
  s('lineItem/UnblendedCost', 'line_item_unblended_cost', mu('unblended'), 'money'),
  s('', 'line_item_net_unblended_rate', UNBLENDED_RATE, 'rate'),
  s('', 'line_item_net_unblended_cost', mu('unblended'), 'money'),
  s('lineItem/BlendedRate', 'line_item_blended_rate', UNBLENDED_RATE, 'rate'),
  s('lineItem/BlendedCost', 'line_item_blended_cost', mu('unblended'), 'money'),
  s('lineItem/LineItemDescription', 'line_item_line_item_description', LINE_DESCRIPTION),
  s('lineItem/TaxType', 'line_item_tax_type', when(kindIn('Tax'), lit(TAX_TYPE))),
  s('lineItem/LegalEntity', 'line_item_legal_entity', dim('legal_entity')),
  pm('product/ProductName', 'product_name', 'product_name'),
  pm('product/databaseEngine', 'database_engine', 'database_engine'),
  s('product/instanceFamily', 'product_instance_family', dim('instance_family')),
  s('product/instanceType', 'product_instance_type', dim('instance_type')),
  s('product/location', 'product_location', dim('region_name')),
  s('product/locationType', 'product_location_type', when(`${dim('region_code')} IS NOT NULL`, lit('AWS Region'))),
  pm('product/memory', 'memory', 'memory'),
  pm('product/operatingSystem', 'operating_system', 'operating_system'),
  s('product/operation', 'product_operation', dim('operation')),
  s('product/productFamily', 'product_product_family', dim('product_family')),
  pm('product/region', 'region', 'region_code'),
  s('product/regionCode', 'product_region_code', dim('region_code')),
  s('product/servicecode', 'product_servicecode', dim('service_code')),
  pm('product/servicename', 'servicename', 'product_name'),
  s('product/sku', 'product_sku', dim('sku')),
  pm('product/tenancy', 'tenancy', 'tenancy'),
  s('product/usagetype', 'product_usagetype', dim('usage_type')),
  pm('product/vcpu', 'vcpu', 'vcpu'),
  s('pricing/LeaseContractLength', 'pricing_lease_contract_length', when(RI_LINE, cmt('term'))),
  s('pricing/OfferingClass', 'pricing_offering_class', when(RI_LINE, lit('standard'))),
  s('pricing/PurchaseOption', 'pricing_purchase_option', purchaseOption),
  s('pricing/RateCode', 'pricing_rate_code', RATE_CODE),
  s('pricing/currency', 'pricing_currency', lit('USD')),
  s('pricing/publicOnDemandCost', 'pricing_public_on_demand_cost', mu('list'), 'money'),
  s('pricing/publicOnDemandRate', 'pricing_public_on_demand_rate', when(kindIn('Usage', 'SavingsPlanCoveredUsage', 'DiscountedUsage'), dim('rate')), 'rate'),
  s('pricing/term', 'pricing_term', `CASE WHEN ${RI_LINE} THEN 'Reserved' WHEN ${usage} THEN 'OnDemand' END`),
  s('pricing/unit', 'pricing_unit', dim('unit')),
  s('reservation/AmortizedUpfrontCostForUsage', 'reservation_amortized_upfront_cost_for_usage', when(discounted, mu('m2')), 'money'),
  s('reservation/AmortizedUpfrontFeeForBillingPeriod', 'reservation_amortized_upfront_fee_for_billing_period', when(riFee, mu('m1')), 'money'),
  s('reservation/EffectiveCost', 'reservation_effective_cost', when(discounted, mu('m1')), 'money'),
  s('reservation/EndTime', 'reservation_end_time', when(RI_LINE, cmt('end_str'))),
  s('reservation/ModificationStatus', 'reservation_modification_status', when(RI_LINE, lit('Original'))),
  s('reservation/NumberOfReservations', 'reservation_number_of_reservations', when(RI_LINE, `${cmt('count')}::VARCHAR`)),
  s('reservation/RecurringFeeForUsage', 'reservation_recurring_fee_for_usage', when(discounted, mu('m3')), 'money'),
  s('reservation/ReservationARN', 'reservation_reservation_a_r_n', when(RI_LINE, cmt('arn'))),
  s('reservation/StartTime', 'reservation_start_time', when(RI_LINE, cmt('start_str'))),
  s('reservation/TotalReservedUnits', 'reservation_total_reserved_units', when(riFee, `${qty('m5')}::VARCHAR`)),
  s('reservation/UnusedAmortizedUpfrontFeeForBillingPeriod', 'reservation_unused_amortized_upfront_fee_for_billing_period', when(riFee, mu('m2')), 'money'),
  s('reservation/UnusedQuantity', 'reservation_unused_quantity', when(riFee, qty('m4')), 'quantity'),
  s('reservation/UnusedRecurringFee', 'reservation_unused_recurring_fee', when(riFee, mu('m3')), 'money'),
  s('reservation/UpfrontValue', 'reservation_upfront_value', when(RI_LINE, cmt('upfront')), 'money'),
  s('savingsPlan/AmortizedUpfrontCommitmentForBillingPeriod', 'savings_plan_amortized_upfront_commitment_for_billing_period', when(spRecurring, mu('m3')), 'money'),
  s('savingsPlan/EndTime', 'savings_plan_end_time', when(sp, cmt('end_str'))),
  s('savingsPlan/InstanceTypeFamily', 'savings_plan_instance_type_family', when(sp, cmt('instance_family'))),
  s('savingsPlan/OfferingType', 'savings_plan_offering_type', when(sp, cmt('offering_type'))),
  s('savingsPlan/PaymentOption', 'savings_plan_payment_option', when(sp, cmt('payment_option'))),
  s('savingsPlan/PurchaseTerm', 'savings_plan_purchase_term', when(sp, cmt('term'))),
  s('savingsPlan/RecurringCommitmentForBillingPeriod', 'savings_plan_recurring_commitment_for_billing_period', when(spRecurring, mu('m4')), 'money'),
  s('savingsPlan/Region', 'savings_plan_region', when(sp, cmt('region'))),
  s('savingsPlan/SavingsPlanARN', 'savings_plan_savings_plan_a_r_n', when(sp, cmt('arn'))),
  s('savingsPlan/SavingsPlanEffectiveCost', 'savings_plan_savings_plan_effective_cost', when(kindIn('SavingsPlanCoveredUsage'), mu('m1')), 'money'),
  s('savingsPlan/SavingsPlanRate', 'savings_plan_savings_plan_rate', when(kindIn('SavingsPlanCoveredUsage'), `round(${mu('m1')} / NULLIF(${qty('amount')}, 0), 10)`), 'double'),
  s('savingsPlan/StartTime', 'savings_plan_start_time', when(sp, cmt('start_str'))),
  s('savingsPlan/TotalCommitmentToDate', 'savings_plan_total_commitment_to_date', when(spRecurring, mu('m1')), 'money'),
  s('savingsPlan/UsedCommitment', 'savings_plan_used_commitment', when(spRecurring, mu('m2')), 'money'),
];
