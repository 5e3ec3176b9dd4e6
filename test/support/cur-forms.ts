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
};
const NUMERIC = new Set(['line_item_usage_amount', 'line_item_unblended_rate', 'line_item_unblended_cost', 'pricing_public_on_demand_rate', 'pricing_public_on_demand_cost',
  'reservation_effective_cost', 'reservation_unused_amortized_upfront_fee_for_billing_period', 'reservation_unused_recurring_fee', 'reservation_total_reserved_units',
  'savings_plan_savings_plan_effective_cost', 'savings_plan_total_commitment_to_date', 'savings_plan_used_commitment']);
const TIMES = new Set(['bill_billing_period_start_date', 'bill_billing_period_end_date', 'line_item_usage_start_date', 'line_item_usage_end_date']);

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
  const plain = Object.entries(SNAKE).map(([slash, snake]) => column(slash, snake));
  const athena = join(dir, 'athena.parquet');
  await c.run(`COPY (SELECT ${plain.join(', ')}, "resourceTags/user:Team" AS resource_tags_user_team, "resourceTags/aws:createdBy" AS resource_tags_aws_created_by FROM src) TO '${athena}' (FORMAT parquet)`);
  const notProduct = Object.entries(SNAKE).filter(([slash]) => !slash.startsWith('product/')).map(([slash, snake]) => column(slash, snake));
  const cur2Select = `SELECT ${notProduct.join(', ')},
      map_from_entries(list_filter([{'key': 'product_name', 'value': "product/ProductName"}, {'key': 'region', 'value': "product/region"},
        {'key': 'instance_type', 'value': "product/instanceType"}], e -> e.value IS NOT NULL)) AS product,
      map_from_entries(list_filter([{'key': 'user_team', 'value': "resourceTags/user:Team"}, {'key': 'aws_created_by', 'value': "resourceTags/aws:createdBy"}],
        e -> e.value IS NOT NULL)) AS resource_tags
    FROM src`;
  const cur2Parquet = join(dir, 'cur2.parquet');
  await c.run(`COPY (${cur2Select}) TO '${cur2Parquet}' (FORMAT parquet)`);
  const cur2Csv = join(dir, 'cur2.csv');
  await c.run(`COPY (SELECT * REPLACE (to_json(product)::VARCHAR AS product, to_json(resource_tags)::VARCHAR AS resource_tags) FROM (${cur2Select})) TO '${cur2Csv}' (FORMAT csv, HEADER)`);
  c.closeSync();
  db.closeSync();
  return { athenaParquet: athena, cur2Parquet, cur2Csv };
}
