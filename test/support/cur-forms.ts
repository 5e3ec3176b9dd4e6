// Writes the hand-built legacy CUR fixture in its other real forms, with the column names spelled
// out here (not computed by the code under test): the Athena/Parquet snake_case form with one
// column per tag, and CUR 2.0 with `product` and `resource_tags` maps, as Parquet and as CSV.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const SNAKE: Record<string, string> = {
  'identity/LineItemId': 'identity_line_item_id',
  'bill/BillType': 'bill_bill_type',
  'bill/PayerAccountId': 'bill_payer_account_id',
  'bill/BillingPeriodStartDate': 'bill_billing_period_start_date',
  'bill/BillingPeriodEndDate': 'bill_billing_period_end_date',
  'bill/InvoicingEntity': 'bill_invoicing_entity',
  'lineItem/UsageAccountId': 'line_item_usage_account_id',
  'lineItem/LineItemType': 'line_item_line_item_type',
  'lineItem/UsageStartDate': 'line_item_usage_start_date',
  'lineItem/UsageEndDate': 'line_item_usage_end_date',
  'lineItem/ProductCode': 'line_item_product_code',
  'lineItem/UsageType': 'line_item_usage_type',
  'lineItem/Operation': 'line_item_operation',
  'lineItem/ResourceId': 'line_item_resource_id',
  'lineItem/UsageAmount': 'line_item_usage_amount',
  'lineItem/CurrencyCode': 'line_item_currency_code',
  'lineItem/UnblendedRate': 'line_item_unblended_rate',
  'lineItem/UnblendedCost': 'line_item_unblended_cost',
  'lineItem/LineItemDescription': 'line_item_line_item_description',
  'lineItem/LegalEntity': 'line_item_legal_entity',
  'product/ProductName': 'product_product_name',
  'product/region': 'product_region',
  'product/instanceType': 'product_instance_type',
  'pricing/publicOnDemandRate': 'pricing_public_on_demand_rate',
  'pricing/publicOnDemandCost': 'pricing_public_on_demand_cost',
  'pricing/unit': 'pricing_unit',
  'pricing/term': 'pricing_term',
  'reservation/ReservationARN': 'reservation_reservation_a_r_n',
  'reservation/EffectiveCost': 'reservation_effective_cost',
  'reservation/UnusedAmortizedUpfrontFeeForBillingPeriod': 'reservation_unused_amortized_upfront_fee_for_billing_period',
  'reservation/UnusedRecurringFee': 'reservation_unused_recurring_fee',
  'reservation/TotalReservedUnits': 'reservation_total_reserved_units',
  'savingsPlan/SavingsPlanARN': 'savings_plan_savings_plan_a_r_n',
  'savingsPlan/SavingsPlanEffectiveCost': 'savings_plan_savings_plan_effective_cost',
  'savingsPlan/TotalCommitmentToDate': 'savings_plan_total_commitment_to_date',
  'savingsPlan/UsedCommitment': 'savings_plan_used_commitment',
  'lineItem/NetUnblendedCost': 'line_item_net_unblended_cost',
  'savingsPlan/NetSavingsPlanEffectiveCost': 'savings_plan_net_savings_plan_effective_cost',
  'lineItem/NormalizationFactor': 'line_item_normalization_factor',
  'lineItem/NormalizedUsageAmount': 'line_item_normalized_usage_amount',
  'pricing/RateCode': 'pricing_rate_code',
  'pricing/LeaseContractLength': 'pricing_lease_contract_length',
  'pricing/OfferingClass': 'pricing_offering_class',
  'pricing/PurchaseOption': 'pricing_purchase_option',
  'reservation/StartTime': 'reservation_start_time',
  'reservation/EndTime': 'reservation_end_time',
  'reservation/UnusedQuantity': 'reservation_unused_quantity',
  'savingsPlan/StartTime': 'savings_plan_start_time',
  'savingsPlan/EndTime': 'savings_plan_end_time',
  'savingsPlan/PurchaseTerm': 'savings_plan_purchase_term',
  'savingsPlan/PaymentOption': 'savings_plan_payment_option',
  'savingsPlan/AmortizedUpfrontCommitmentForBillingPeriod': 'savings_plan_amortized_upfront_commitment_for_billing_period',
  'savingsPlan/RecurringCommitmentForBillingPeriod': 'savings_plan_recurring_commitment_for_billing_period',
};
/** Tag columns of the fixtures, with their Athena column and CUR 2.0 map key. */
const TAGS: [string, string, string][] = [
  ['resourceTags/user:Team', 'resource_tags_user_team', 'user_team'],
  ['resourceTags/aws:createdBy', 'resource_tags_aws_created_by', 'aws_created_by'],
];
const NUMERIC = new Set(['line_item_usage_amount', 'line_item_unblended_rate', 'line_item_unblended_cost', 'pricing_public_on_demand_rate', 'pricing_public_on_demand_cost',
  'reservation_effective_cost', 'reservation_unused_amortized_upfront_fee_for_billing_period', 'reservation_unused_recurring_fee', 'reservation_total_reserved_units',
  'savings_plan_savings_plan_effective_cost', 'savings_plan_total_commitment_to_date', 'savings_plan_used_commitment',
  'line_item_net_unblended_cost', 'savings_plan_net_savings_plan_effective_cost', 'line_item_normalization_factor', 'line_item_normalized_usage_amount',
  'reservation_unused_quantity', 'savings_plan_amortized_upfront_commitment_for_billing_period', 'savings_plan_recurring_commitment_for_billing_period']);
const TIMES = new Set(['bill_billing_period_start_date', 'bill_billing_period_end_date', 'line_item_usage_start_date', 'line_item_usage_end_date',
  'reservation_start_time', 'reservation_end_time', 'savings_plan_start_time', 'savings_plan_end_time']);

function column(slash: string, snake: string): string {
  const src = `"${slash}"`;
  if (NUMERIC.has(snake)) return `CAST(${src} AS DOUBLE) AS ${snake}`;
  if (TIMES.has(snake)) return `CAST(${src} AS TIMESTAMP) AS ${snake}`;
  return `${src} AS ${snake}`;
}

export async function writeCurForms(legacyCsv: string, dir: string): Promise<{ athenaParquet: string; cur2Parquet: string; cur2Csv: string }> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`CREATE TABLE src AS SELECT * FROM read_csv('${legacyCsv}', all_varchar = true, header = true)`);
  // Only the columns the fixture has: each form holds the same columns as its legacy CSV.
  const present = new Set((await c.runAndReadAll('SELECT column_name FROM (DESCRIBE src)')).getRows().map((r) => String(r[0])));
  const snake = Object.entries(SNAKE).filter(([slash]) => present.has(slash));
  const tags = TAGS.filter(([slash]) => present.has(slash));
  const plain = snake.map(([slash, name]) => column(slash, name));
  const athena = join(dir, 'athena.parquet');
  await c.run(`COPY (SELECT ${[...plain, ...tags.map(([slash, col]) => `"${slash}" AS ${col}`)].join(', ')} FROM src) TO '${athena}' (FORMAT parquet)`);
  const notProduct = snake.filter(([slash]) => !slash.startsWith('product/')).map(([slash, name]) => column(slash, name));
  const product = [['product_name', 'product/ProductName'], ['region', 'product/region'], ['instance_type', 'product/instanceType']].filter(([, slash]) => present.has(slash!));
  const mapOf = (entries: string[][]) =>
    entries.length === 0 ? 'MAP {}::MAP(VARCHAR, VARCHAR)' : `map_from_entries(list_filter([${entries.map(([key, slash]) => `{'key': '${key}', 'value': "${slash}"}`).join(', ')}], e -> e.value IS NOT NULL))`;
  const cur2Select = `SELECT ${notProduct.join(', ')}, ${mapOf(product)} AS product, ${mapOf(tags.map(([slash, , key]) => [key, slash]))} AS resource_tags FROM src`;
  const cur2Parquet = join(dir, 'cur2.parquet');
  await c.run(`COPY (${cur2Select}) TO '${cur2Parquet}' (FORMAT parquet)`);
  const cur2Csv = join(dir, 'cur2.csv');
  await c.run(`COPY (SELECT * REPLACE (to_json(product)::VARCHAR AS product, to_json(resource_tags)::VARCHAR AS resource_tags) FROM (${cur2Select})) TO '${cur2Csv}' (FORMAT csv, HEADER)`);
  c.closeSync();
  db.closeSync();
  return { athenaParquet: athena, cur2Parquet, cur2Csv };
}
