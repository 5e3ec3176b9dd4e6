// FOCUS 1.2 as CSV: the 57 columns of ../shared/data/focus-spec-1.2 in spec order, then AWS
// provider columns prefixed x_. Costs are the model's own BilledCost, EffectiveCost and
// ListCost; Tags is a JSON object of the resource's user tags. Nulls are empty fields.
import type { DuckDBConnection } from '@duckdb/node-api';
import { cmt, dim, kindIn, lineItemId, lineItemType, lit, monthBounds, mu, per, qty, when, fromPart, PURCHASE_LINE, RESOURCE_ID, RI_LINE, SP_KINDS, USAGE_KINDS, type PartContext } from './sql.ts';
import { REPORT, stableUuid, type FormatWriter, type Manifest } from './format.ts';
import { CUR_COLUMNS, LINE_DESCRIPTION, RATE_CODE, UNBLENDED_RATE } from './cur-columns.ts';
import { FEE_FIGURE_COLUMNS, UNUSED_COMMITMENT_FEE_TYPES, UNUSED_LINE_ITEM_SUFFIX } from '../../ingest/aws/unused-commitment.ts';
import { PRICED_WITHOUT_UNIT } from '../../ingest/aws/line-item-types.ts';
import { awsResourceTypeText } from '../../ingest/aws/resource-type.ts';

const usage = kindIn(...USAGE_KINDS);
const sp = kindIn(...SP_KINDS);
const committed = kindIn('SavingsPlanCoveredUsage', 'DiscountedUsage', 'SavingsPlanNegation');
// As core/ingest maps CUR (its SPEC.md, "Prices and quantities"): a negation consumes 0 and has no
// list or contracted price; credits and taxes have no quantity, unit or prices; usage and purchases
// have all four, a line without a rate priced at its cost ÷ quantity; RI-covered hours are
// contracted at the on-demand price.
const negation = kindIn('SavingsPlanNegation');
const consumes = kindIn('Usage', 'SavingsPlanCoveredUsage', 'DiscountedUsage', 'SavingsPlanNegation');
const purchase = kindIn('Fee', 'RIFee', 'SavingsPlanUpfrontFee', 'SavingsPlanRecurringFee');
const unpriced = kindIn('Tax', 'Credit', 'Refund');
const priced = `NOT (${kindIn('Tax', 'Credit', 'Refund')})`;
const pricingQuantity = `CASE WHEN ${unpriced} THEN NULL WHEN ${kindIn('RIFee')} THEN COALESCE(${curText('reservation/TotalReservedUnits')}, ${qty('amount')}) ELSE ${qty('amount')} END`;
const publicRate = when(kindIn('Usage', 'SavingsPlanCoveredUsage', 'DiscountedUsage'), dim('rate'));
const listCost = `CASE WHEN ${negation} THEN 0 WHEN ${unpriced} THEN ${mu('unblended')} ELSE COALESCE(${publicRate} * ${pricingQuantity}, ${mu('list')}, ${mu('unblended')}) END`;
/** a ÷ b as core/ingest divides: through a DOUBLE's shortest text to DECIMAL(38, 12). */
const divide = (a: string, b: string): string => `CAST(CAST(CAST(${a} AS DECIMAL(38, 12)) / CAST(${b} AS DECIMAL(38, 12)) AS VARCHAR) AS DECIMAL(38, 12))`;
const listUnitPrice = `CASE WHEN ${negation} THEN 0 WHEN NOT (${priced}) THEN NULL ELSE COALESCE(${publicRate}, CASE WHEN ${pricingQuantity} <> 0 THEN ${divide(listCost, pricingQuantity)} END) END`;
const contractedUnitPrice = `CASE WHEN ${negation} THEN 0 WHEN NOT (${priced}) THEN NULL WHEN ${kindIn('DiscountedUsage')} THEN ${listUnitPrice}
  ELSE COALESCE(${UNBLENDED_RATE}, CASE WHEN ${pricingQuantity} <> 0 THEN ${divide(mu('unblended'), pricingQuantity)} END) END`;
const iso = (ts: string): string => `strftime(${ts}, '%Y-%m-%dT%H:%M:%SZ')`;
const resourceId = RESOURCE_ID;

function columns(ctx: PartContext): [string, string][] {
  const bounds = monthBounds(ctx.month);
  return [
    ['AvailabilityZone', when(usage, dim('zone'))],
    ['BilledCost', mu('unblended')],
    ['BillingAccountId', lit(ctx.payerId)],
    ['BillingAccountName', lit(ctx.payerName)],
    ['BillingAccountType', lit('Management Account')],
    ['BillingCurrency', lit('USD')],
    ['BillingPeriodEnd', lit(bounds.end.replace('.000Z', 'Z'))],
    ['BillingPeriodStart', lit(bounds.start.replace('.000Z', 'Z'))],
    ['CapacityReservationId', 'NULL'],
    ['CapacityReservationStatus', 'NULL'],
    ['ChargeCategory', `CASE WHEN ${usage} THEN 'Usage' WHEN ${kindIn('Tax')} THEN 'Tax' WHEN ${kindIn('Credit', 'Refund')} THEN 'Credit' ELSE 'Purchase' END`],
    ['ChargeClass', when(kindIn('Refund'), lit('Correction'))],
    ['ChargeDescription', LINE_DESCRIPTION],
    ['ChargeFrequency', `CASE WHEN ${usage} THEN 'Usage-Based' WHEN ${kindIn('SavingsPlanRecurringFee', 'RIFee')} THEN 'Recurring' WHEN ${PURCHASE_LINE} OR ${kindIn('Refund')} THEN 'One-Time' ELSE 'Recurring' END`],
    ['ChargePeriodEnd', iso(per('end'))],
    ['ChargePeriodStart', iso(per('start'))],
    ['CommitmentDiscountCategory', `CASE WHEN ${sp} THEN 'Spend' WHEN ${RI_LINE} THEN 'Usage' END`],
    ['CommitmentDiscountId', `CASE WHEN ${sp} OR ${RI_LINE} THEN ${cmt('arn')} END`],
    ['CommitmentDiscountName', 'NULL'],
    ['CommitmentDiscountQuantity', 'NULL'],
    ['CommitmentDiscountStatus', `CASE WHEN ${committed} THEN 'Used' WHEN ${kindIn('SavingsPlanRecurringFee', 'RIFee')} THEN 'Unused' END`],
    ['CommitmentDiscountType', `CASE WHEN ${sp} THEN 'Savings Plan' WHEN ${RI_LINE} THEN 'Reserved Instances (RI)' END`],
    ['CommitmentDiscountUnit', 'NULL'],
    ['ConsumedQuantity', `CASE WHEN ${negation} THEN 0 WHEN ${consumes} THEN ${qty('amount')} END`],
    ['ConsumedUnit', when(consumes, `COALESCE(${dim('unit')}, ${lit(PRICED_WITHOUT_UNIT)})`)],
    ['ContractedCost', `CASE WHEN ${negation} THEN 0 WHEN ${kindIn('DiscountedUsage')} THEN ${listCost} ELSE ${mu('unblended')} END`],
    ['ContractedUnitPrice', contractedUnitPrice],
    ['EffectiveCost', mu('effective')],
    ['InvoiceId', lit(ctx.invoiceId)],
    ['InvoiceIssuerName', lit('Amazon Web Services, Inc.')],
    ['ListCost', listCost],
    ['ListUnitPrice', listUnitPrice],
    ['PricingCategory', `CASE WHEN ${kindIn('Usage')} OR ${purchase} THEN 'Standard' WHEN ${committed} THEN 'Committed' END`],
    ['PricingCurrency', 'NULL'],
    ['PricingCurrencyContractedUnitPrice', 'NULL'],
    ['PricingCurrencyEffectiveCost', 'NULL'],
    ['PricingCurrencyListUnitPrice', 'NULL'],
    ['PricingQuantity', pricingQuantity],
    ['PricingUnit', `CASE WHEN ${unpriced} OR (${pricingQuantity}) IS NULL THEN NULL WHEN ${usage} OR ${purchase} THEN COALESCE(${dim('unit')}, ${lit(PRICED_WITHOUT_UNIT)}) ELSE ${dim('unit')} END`],
    ['ProviderName', lit('AWS')],
    ['PublisherName', dim('legal_entity')],
    ['RegionId', dim('region_code')],
    ['RegionName', dim('region_name')],
    ['ResourceId', resourceId],
    ['ResourceName', resourceId],
    ['ResourceType', `CASE WHEN ${resourceId} IS NOT NULL THEN COALESCE(${awsResourceTypeText(resourceId)}, ${dim('product_family')}, ${dim('product_code')}) END`],
    ['ServiceCategory', dim('service_category')],
    ['ServiceName', dim('product_name')],
    ['ServiceSubcategory', dim('service_subcategory')],
    ['SkuId', dim('sku')],
    ['SkuMeter', when(usage, dim('usage_type'))],
    ['SkuPriceDetails', 'NULL'],
    ['SkuPriceId', RATE_CODE],
    ['SubAccountId', dim('account_id')],
    ['SubAccountName', dim('account_name')],
    ['SubAccountType', `CASE WHEN ${dim('account_id')} = ${lit(ctx.payerId)} THEN 'Management Account' ELSE 'Member Account' END`],
    ['Tags', dim('tags_json')],
    ['x_LineItemId', lineItemId(ctx)],
    ['x_LineItemType', lineItemType],
    ['x_UsageType', dim('usage_type')],
    ['x_Operation', dim('operation')],
    ['x_ServiceCode', dim('service_code')],
    ['x_ProductFamily', dim('product_family')],
    ['x_InstanceType', dim('instance_type')],
    ...PROVIDER_COLUMNS.map(([name, legacy]): [string, string] => [name, curExpr(legacy, ctx)]),
  ];
}

/** The workspace's other x_ columns, filled as the CUR columns they come from (so engines read them in any format). */
const PROVIDER_COLUMNS: [string, string][] = [
  ['x_BillType', 'bill/BillType'],
  ['x_PurchaseOption', 'pricing/PurchaseOption'],
  ['x_PricingTerm', 'pricing/term'],
  ['x_UnblendedCost', 'lineItem/UnblendedCost'],
  ['x_PublicOnDemandRate', 'pricing/publicOnDemandRate'],
  ['x_PublicOnDemandCost', 'pricing/publicOnDemandCost'],
  ['x_NormalizationFactor', 'lineItem/NormalizationFactor'],
  ['x_NormalizedUsageAmount', 'lineItem/NormalizedUsageAmount'],
  ['x_SavingsPlanTotalCommitmentToDate', 'savingsPlan/TotalCommitmentToDate'],
  ['x_SavingsPlanUsedCommitment', 'savingsPlan/UsedCommitment'],
  ['x_SavingsPlanRecurringCommitment', 'savingsPlan/RecurringCommitmentForBillingPeriod'],
  ['x_SavingsPlanAmortizedUpfrontCommitment', 'savingsPlan/AmortizedUpfrontCommitmentForBillingPeriod'],
  ['x_SavingsPlanEndTime', 'savingsPlan/EndTime'],
  ['x_ReservationEndTime', 'reservation/EndTime'],
  ['x_ReservationUnusedQuantity', 'reservation/UnusedQuantity'],
  ['x_ReservationUnusedAmortizedUpfrontFee', 'reservation/UnusedAmortizedUpfrontFeeForBillingPeriod'],
  ['x_ReservationUnusedRecurringFee', 'reservation/UnusedRecurringFee'],
  ['x_ReservationAmortizedUpfrontCostForUsage', 'reservation/AmortizedUpfrontCostForUsage'],
  ['x_ReservationRecurringFeeForUsage', 'reservation/RecurringFeeForUsage'],
  ['x_SavingsPlanStartTime', 'savingsPlan/StartTime'],
  ['x_SavingsPlanPurchaseTerm', 'savingsPlan/PurchaseTerm'],
  ['x_SavingsPlanPaymentOption', 'savingsPlan/PaymentOption'],
  ['x_ReservationStartTime', 'reservation/StartTime'],
  ['x_LeaseContractLength', 'pricing/LeaseContractLength'],
  ['x_OfferingClass', 'pricing/OfferingClass'],
];

/** A CUR column's value as the legacy writer renders it (for columns that need no month). */
function curText(legacy: string): string {
  const c = CUR_COLUMNS.find((x) => x.legacy === legacy);
  if (!c) throw new Error(`no CUR column ${legacy}`);
  const e = c.expr({} as PartContext);
  return `CAST(${typeof e === 'string' ? e : e.str} AS DECIMAL(38, 6))`;
}

function curExpr(legacy: string, ctx: PartContext): string {
  const c = CUR_COLUMNS.find((x) => x.legacy === legacy);
  if (!c) throw new Error(`no CUR column ${legacy}`);
  const e = c.expr(ctx);
  return typeof e === 'string' ? e : e.str;
}

/**
 * As a FOCUS 1.2 file shows unused commitment (and as core/ingest/aws/unused-commitment.ts loads
 * CUR): the recurring fee at EffectiveCost 0, its unused part a Usage row of its own.
 */
function withUnusedCommitment(lines: string): string {
  const fee = `x_LineItemType IN (${UNUSED_COMMITMENT_FEE_TYPES.map(lit).join(', ')}) AND EffectiveCost <> 0`;
  const providerCosts = PROVIDER_COLUMNS.map(([name]) => name)
    .filter((name) => name.endsWith('Cost'))
    .map((name) => `CASE WHEN "${name}" IS NULL THEN NULL ELSE 0 END AS "${name}"`);
  const feeFigures = PROVIDER_COLUMNS.map(([name]) => name).filter((name) => FEE_FIGURE_COLUMNS.includes(name)).map((name) => `NULL AS "${name}"`);
  return `SELECT * REPLACE (CASE WHEN ${fee} THEN 0 ELSE EffectiveCost END AS EffectiveCost,
      CASE WHEN ${fee} THEN NULL ELSE CommitmentDiscountStatus END AS CommitmentDiscountStatus) FROM ${lines}
    UNION ALL
    SELECT * REPLACE (x_LineItemId || ${lit(UNUSED_LINE_ITEM_SUFFIX)} AS x_LineItemId, 'Usage' AS ChargeCategory,
      'Usage-Based' AS ChargeFrequency, 'Committed' AS PricingCategory, 'Unused' AS CommitmentDiscountStatus,
      0 AS BilledCost, 0 AS ListCost, 0 AS ContractedCost, 0 AS ListUnitPrice, 0 AS ContractedUnitPrice,
      NULL AS ConsumedQuantity, NULL AS ConsumedUnit, ${[...providerCosts, ...feeFigures].join(', ')})
    FROM ${lines} WHERE ${fee}`;
}

export function focusColumnNames(): string[] {
  return columns({ month: { key: '2000-01', index: 0, start: 0, end: 0, days: 0, hours: 0 }, seed: 0, payerId: '', payerName: '', invoiceId: '', grain: 'daily', factTable: '' }).map(([n]) => n);
}

export function focusWriter(): FormatWriter {
  const base = `${REPORT.focusPrefix}/${REPORT.focusName}`;
  return {
    format: 'focus-csv',
    partPath: (ctx, part) => `${base}/data/BILLING_PERIOD=${ctx.month.key}/${REPORT.focusName}-${String(part).padStart(5, '0')}.csv`,
    async writePart(conn: DuckDBConnection, ctx: PartContext, path: string) {
      const select = columns(ctx).map(([name, e]) => `${e} AS "${name}"`).join(', ');
      await conn.run(`COPY (WITH lines AS (SELECT ${select} ${fromPart(ctx)}) ${withUnusedCommitment('lines')}) TO ${lit(path)} (FORMAT csv, HEADER true)`);
    },
    // AWS's FOCUS export is a Data Export: its manifest names the execution, so the parts of a
    // month are known to be one delivery (core/ingest/SPEC.md, Restatements)
    manifest(ctx: PartContext, parts: readonly string[]): Manifest {
      return {
        path: `${base}/metadata/BILLING_PERIOD=${ctx.month.key}/${REPORT.focusName}-Manifest.json`,
        json: {
          executionId: stableUuid(`${ctx.seed}/${ctx.month.key}/focus-execution`),
          exportName: REPORT.focusName,
          billingPeriod: { start: new Date(ctx.month.start * 1000).toISOString(), end: new Date(ctx.month.end * 1000).toISOString() },
          bucket: REPORT.bucket,
          dataFiles: parts.map((p) => `s3://${REPORT.bucket}/${p}`),
        },
      };
    },
  };
}
