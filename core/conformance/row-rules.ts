// The FOCUS 1.2 MUST rules that one row of `focus` can break, as data: each names its spec file,
// quotes its requirement, and gives a SQL predicate that is true on a violating row. Predicates
// are our own constant SQL over fixed column names (no user value ever reaches them).
import { FOCUS_SPEC_COLUMNS } from '../store/focus-columns.ts';
import {
  CAPACITY_RESERVATION_STATUSES,
  CHARGE_CATEGORIES,
  CHARGE_CLASSES,
  CHARGE_FREQUENCIES,
  COMMITMENT_DISCOUNT_CATEGORIES,
  COMMITMENT_DISCOUNT_STATUSES,
  PRICING_CATEGORIES,
  SERVICE_CATEGORIES,
  SERVICE_SUBCATEGORIES,
} from './allowed-values.ts';
import { stringLiteral as sqlLiteral } from '../sql/index.ts';

export interface RowRule {
  /** `<spec file stem>/<what>`, stable: scripts and tests name rules by it. */
  id: string;
  /** The spec file under focus-spec-1.2/spec/. */
  spec: string;
  requirement: string;
  /** The column the rule constrains. */
  column: string;
  /**
   * The column is Conditional or Recommended in FOCUS: a provider that does not fill it at all
   * (every one of its rows null) does not have it, and the rule does not apply to its rows.
   */
  conditional?: boolean;
  /** Trusted SQL, true when a row breaks the rule. */
  violation: string;
  /** Further columns shown in the sample rows. */
  show?: string[];
}

const USAGE_OR_PURCHASE_NOT_CORRECTION = `ChargeCategory IN ('Usage', 'Purchase') AND ChargeClass IS DISTINCT FROM 'Correction'`;
const TAX = `ChargeCategory = 'Tax'`;

/**
 * Rounding allowance when a unit price times a quantity must "match" a cost: a hundredth of a
 * cent plus a millionth of the cost. Providers round costs and rates to different precisions;
 * anything beyond this is a wrong price, quantity or cost, not rounding.
 */
export const MATCH_TOLERANCE = { absolute: 0.0001, relative: 0.000001 } as const;

function mismatch(a: string, b: string): string {
  return `abs(${a}::DOUBLE - ${b}::DOUBLE) > ${MATCH_TOLERANCE.absolute} + ${MATCH_TOLERANCE.relative} * abs(${b}::DOUBLE)`;
}

function notIn(column: string, values: readonly string[]): string {
  return `${column} IS NOT NULL AND ${column} NOT IN (${values.map(sqlLiteral).join(', ')})`;
}

function notNull(column: string, spec: string, conditional = false): RowRule {
  return { id: `${stem(spec)}/not-null`, spec, requirement: `${column} MUST NOT be null.`, column, conditional, violation: `${column} IS NULL` };
}

function stem(spec: string): string {
  return spec.replace(/^.*\//, '').replace(/\.md$/, '');
}

function col(name: string): string {
  return `columns/${name.toLowerCase()}.md`;
}

const NOT_NULL: RowRule[] = [
  ...['BilledCost', 'BillingAccountId', 'BillingCurrency', 'BillingPeriodEnd', 'BillingPeriodStart', 'ChargeCategory', 'ChargePeriodEnd', 'ChargePeriodStart', 'ContractedCost', 'EffectiveCost', 'ListCost', 'ProviderName', 'PublisherName', 'ServiceCategory', 'ServiceName'].map((c) => notNull(c, col(c))),
  notNull('InvoiceIssuerName', 'columns/invoiceissuer.md'),
  notNull('ChargeFrequency', col('ChargeFrequency'), true),
  notNull('ServiceSubcategory', col('ServiceSubcategory'), true),
  notNull('PricingCurrency', col('PricingCurrency'), true),
];

const ALLOWED_VALUES: RowRule[] = [
  { column: 'ChargeCategory', values: CHARGE_CATEGORIES },
  { column: 'ChargeClass', values: CHARGE_CLASSES },
  { column: 'ChargeFrequency', values: CHARGE_FREQUENCIES },
  { column: 'PricingCategory', values: PRICING_CATEGORIES },
  { column: 'CommitmentDiscountStatus', values: COMMITMENT_DISCOUNT_STATUSES },
  { column: 'CommitmentDiscountCategory', values: COMMITMENT_DISCOUNT_CATEGORIES },
  { column: 'CapacityReservationStatus', values: CAPACITY_RESERVATION_STATUSES },
  { column: 'ServiceCategory', values: SERVICE_CATEGORIES },
].map(({ column, values }) => ({
  id: `${column.toLowerCase()}/allowed-values`,
  spec: col(column),
  requirement: `${column} MUST be one of the allowed values (${values.join(', ')}).`,
  column,
  violation: notIn(column, values),
}));

const SUBCATEGORY_PAIRS = SERVICE_SUBCATEGORIES.map(([c, s]) => `(${sqlLiteral(c)}, ${sqlLiteral(s)})`).join(', ');

const VALUES_AND_FORMATS: RowRule[] = [
  {
    id: 'servicesubcategory/allowed-values',
    spec: col('ServiceSubcategory'),
    requirement: 'ServiceSubcategory MUST be one of the allowed values, with its one parent ServiceCategory.',
    column: 'ServiceSubcategory',
    conditional: true,
    violation: `ServiceSubcategory IS NOT NULL AND (ServiceCategory, ServiceSubcategory) NOT IN (VALUES ${SUBCATEGORY_PAIRS})`,
    show: ['ServiceCategory'],
  },
  {
    id: 'billingcurrency/national-currency',
    spec: 'attributes/currency_format.md',
    requirement: 'BillingCurrency MUST be a three-letter ISO 4217 code (national currency).',
    column: 'BillingCurrency',
    violation: `NOT regexp_full_match(BillingCurrency, '[A-Z]{3}')`,
  },
  {
    id: 'chargefrequency/purchase-not-usage-based',
    spec: col('ChargeFrequency'),
    requirement: 'ChargeFrequency MUST NOT be "Usage-Based" when ChargeCategory is "Purchase".',
    column: 'ChargeFrequency',
    violation: `ChargeCategory = 'Purchase' AND ChargeFrequency = 'Usage-Based'`,
    show: ['ChargeCategory'],
  },
  {
    id: 'billingperiodend/after-start',
    spec: col('BillingPeriodEnd'),
    requirement: 'BillingPeriodEnd MUST be the exclusive end bound of the billing period (after BillingPeriodStart).',
    column: 'BillingPeriodEnd',
    violation: 'BillingPeriodEnd <= BillingPeriodStart',
    show: ['BillingPeriodStart'],
  },
  {
    id: 'chargeperiodend/after-start',
    spec: col('ChargePeriodEnd'),
    requirement: 'ChargePeriodEnd MUST be the exclusive end bound of the charge (after ChargePeriodStart).',
    column: 'ChargePeriodEnd',
    violation: 'ChargePeriodEnd <= ChargePeriodStart',
    show: ['ChargePeriodStart'],
  },
  {
    id: 'skupricedetails/json-object',
    spec: 'attributes/key_value_format.md',
    requirement: 'SkuPriceDetails MUST be a serialized JSON object.',
    column: 'SkuPriceDetails',
    conditional: true,
    violation: `SkuPriceDetails IS NOT NULL AND (NOT json_valid(SkuPriceDetails) OR json_type(SkuPriceDetails) <> 'OBJECT')`,
  },
  {
    id: 'tags/key-not-empty',
    spec: col('Tags'),
    requirement: 'Tags MUST have a non-empty key in every key-value pair.',
    column: 'Tags',
    conditional: true,
    violation: `list_contains(map_keys(Tags), '')`,
  },
];

/**
 * A credit (a charge unrelated to other charges) MUST carry its billed figure in every cost: List
 * and Contracted when the row has no unit price of that kind (with one, price × quantity rules),
 * Effective always (effectivecost.md: when ChargeCategory is not Usage or Purchase).
 */
const CREDIT_COSTS: RowRule[] = [
  ['ListCost', 'ListUnitPrice'],
  ['ContractedCost', 'ContractedUnitPrice'],
  ['EffectiveCost', null],
].map(([c, price]) => ({
  id: `${c!.toLowerCase()}/credit-matches-billed`,
  spec: col(c!),
  requirement: `${c} of a charge unrelated to other charges (ChargeCategory "Credit")${price ? ` MUST match BilledCost when ${price} is null.` : ' MUST match BilledCost.'}`,
  column: c!,
  violation: `ChargeCategory = 'Credit'${price ? ` AND ${price} IS NULL` : ''} AND ${c} IS DISTINCT FROM BilledCost`,
  show: ['BilledCost', ...(price ? [price] : [])],
}));

const TAX_NULLS: RowRule[] = ['PricingCategory', 'PricingQuantity', 'ListUnitPrice', 'ContractedUnitPrice', 'SkuId', 'SkuPriceId', 'PricingCurrencyListUnitPrice', 'PricingCurrencyContractedUnitPrice'].map((c) => ({
  id: `${c.toLowerCase()}/null-on-tax`,
  spec: col(c),
  requirement: `${c} MUST be null when ChargeCategory is "Tax".`,
  column: c,
  conditional: c !== 'PricingQuantity',
  violation: `${TAX} AND ${c} IS NOT NULL`,
}));

const USAGE_PURCHASE_NOT_NULLS: RowRule[] = ['PricingCategory', 'PricingQuantity', 'ListUnitPrice', 'ContractedUnitPrice', 'SkuId', 'SkuPriceId', 'PricingCurrencyListUnitPrice', 'PricingCurrencyContractedUnitPrice'].map((c) => ({
  id: `${c.toLowerCase()}/not-null-on-usage-and-purchase`,
  spec: col(c),
  requirement: `${c} MUST NOT be null when ChargeCategory is "Usage" or "Purchase" and ChargeClass is not "Correction".`,
  column: c,
  conditional: c !== 'PricingQuantity',
  violation: `${USAGE_OR_PURCHASE_NOT_CORRECTION} AND ${c} IS NULL`,
  show: ['ChargeCategory'],
}));

const UNIT_PRICES_NON_NEGATIVE: RowRule[] = ['ListUnitPrice', 'ContractedUnitPrice', 'PricingCurrencyListUnitPrice', 'PricingCurrencyContractedUnitPrice'].map((c) => ({
  id: `${c.toLowerCase()}/non-negative`,
  spec: col(c),
  requirement: `${c} MUST be a non-negative decimal value.`,
  column: c,
  conditional: true,
  violation: `${c} < 0`,
}));

const PRICE_TIMES_QUANTITY: RowRule[] = [
  ['ListUnitPrice', 'ListCost'],
  ['ContractedUnitPrice', 'ContractedCost'],
].map(([price, cost]) => ({
  id: `${cost!.toLowerCase()}/unit-price-times-quantity`,
  spec: col(cost!),
  requirement: `The product of ${price} and PricingQuantity MUST match ${cost} when both are not null and ChargeClass is not "Correction".`,
  column: cost!,
  violation: `${price} IS NOT NULL AND PricingQuantity IS NOT NULL AND ChargeClass IS DISTINCT FROM 'Correction' AND ${mismatch(`${price} * PricingQuantity`, cost!)}`,
  show: [price!, 'PricingQuantity'],
}));

/** `dependent` MUST be null when `on` is null (and, with `both`, MUST NOT be null when it is not). */
function pairedNulls(dependent: string, on: string, both: boolean, conditional = true): RowRule[] {
  const rules: RowRule[] = [
    { id: `${dependent.toLowerCase()}/null-when-${on.toLowerCase()}-null`, spec: col(dependent), requirement: `${dependent} MUST be null when ${on} is null.`, column: dependent, conditional, violation: `${on} IS NULL AND ${dependent} IS NOT NULL`, show: [on] },
  ];
  if (both) {
    rules.push({ id: `${dependent.toLowerCase()}/not-null-when-${on.toLowerCase()}-set`, spec: col(dependent), requirement: `${dependent} MUST NOT be null when ${on} is not null.`, column: dependent, conditional, violation: `${on} IS NOT NULL AND ${dependent} IS NULL`, show: [on] });
  }
  return rules;
}

const PAIRS: RowRule[] = [
  ...pairedNulls('PricingUnit', 'PricingQuantity', true, false),
  ...pairedNulls('ConsumedUnit', 'ConsumedQuantity', true),
  ...pairedNulls('CommitmentDiscountUnit', 'CommitmentDiscountQuantity', true),
  ...pairedNulls('CommitmentDiscountCategory', 'CommitmentDiscountId', true),
  ...pairedNulls('CommitmentDiscountType', 'CommitmentDiscountId', true),
  ...pairedNulls('CommitmentDiscountName', 'CommitmentDiscountId', false),
  ...pairedNulls('CommitmentDiscountStatus', 'CommitmentDiscountId', false),
  ...pairedNulls('CapacityReservationStatus', 'CapacityReservationId', false),
  ...pairedNulls('BillingAccountType', 'BillingAccountId', true),
  ...pairedNulls('RegionName', 'RegionId', true),
  ...pairedNulls('ResourceName', 'ResourceId', false),
  ...pairedNulls('ResourceType', 'ResourceId', true),
  ...pairedNulls('SkuMeter', 'SkuId', false),
  ...pairedNulls('SkuPriceDetails', 'SkuPriceId', false),
  ...pairedNulls('SubAccountName', 'SubAccountId', true),
  ...pairedNulls('SubAccountType', 'SubAccountId', true),
];

const COMMITMENTS: RowRule[] = [
  {
    id: 'commitmentdiscountstatus/not-null-on-usage',
    spec: col('CommitmentDiscountStatus'),
    requirement: 'CommitmentDiscountStatus MUST NOT be null when CommitmentDiscountId is not null and ChargeCategory is "Usage".',
    column: 'CommitmentDiscountStatus',
    conditional: true,
    violation: `CommitmentDiscountId IS NOT NULL AND ChargeCategory = 'Usage' AND CommitmentDiscountStatus IS NULL`,
    show: ['CommitmentDiscountId'],
  },
  {
    id: 'capacityreservationstatus/not-null-on-usage',
    spec: col('CapacityReservationStatus'),
    requirement: 'CapacityReservationStatus MUST NOT be null when CapacityReservationId is not null and ChargeCategory is "Usage".',
    column: 'CapacityReservationStatus',
    conditional: true,
    violation: `CapacityReservationId IS NOT NULL AND ChargeCategory = 'Usage' AND CapacityReservationStatus IS NULL`,
    show: ['CapacityReservationId'],
  },
  {
    id: 'commitmentdiscountquantity/not-null-on-usage-and-purchase',
    spec: col('CommitmentDiscountQuantity'),
    requirement: 'CommitmentDiscountQuantity MUST NOT be null when ChargeCategory is "Usage" or "Purchase", CommitmentDiscountId is not null and ChargeClass is not "Correction".',
    column: 'CommitmentDiscountQuantity',
    conditional: true,
    violation: `${USAGE_OR_PURCHASE_NOT_CORRECTION} AND CommitmentDiscountId IS NOT NULL AND CommitmentDiscountQuantity IS NULL`,
    show: ['CommitmentDiscountId'],
  },
  {
    id: 'commitmentdiscountquantity/null-otherwise',
    spec: col('CommitmentDiscountQuantity'),
    requirement: 'CommitmentDiscountQuantity MUST be null unless ChargeCategory is "Usage" or "Purchase" and CommitmentDiscountId is not null.',
    column: 'CommitmentDiscountQuantity',
    conditional: true,
    violation: `CommitmentDiscountQuantity IS NOT NULL AND (CommitmentDiscountId IS NULL OR ChargeCategory NOT IN ('Usage', 'Purchase'))`,
    show: ['CommitmentDiscountId'],
  },
  {
    id: 'pricingcategory/committed-usage',
    spec: col('PricingCategory'),
    requirement: 'PricingCategory MUST be "Committed" when the charge is subject to an existing commitment discount and is not its purchase.',
    column: 'PricingCategory',
    conditional: true,
    violation: `ChargeCategory = 'Usage' AND CommitmentDiscountStatus IS NOT NULL AND PricingCategory IS DISTINCT FROM 'Committed'`,
    show: ['CommitmentDiscountStatus'],
  },
  {
    id: 'effectivecost/zero-on-commitment-purchase',
    spec: col('EffectiveCost'),
    requirement: 'EffectiveCost MUST be 0 when ChargeCategory is "Purchase" and the purchase is intended to cover future eligible charges (a commitment discount purchase).',
    column: 'EffectiveCost',
    violation: `ChargeCategory = 'Purchase' AND CommitmentDiscountId IS NOT NULL AND EffectiveCost <> 0`,
    show: ['CommitmentDiscountId', 'ChargeFrequency', 'BilledCost'],
  },
  {
    id: 'consumedquantity/null-unless-usage',
    spec: col('ConsumedQuantity'),
    requirement: 'ConsumedQuantity MUST be null when ChargeCategory is not "Usage", or when it is "Usage" and CommitmentDiscountStatus is "Unused".',
    column: 'ConsumedQuantity',
    conditional: true,
    violation: `ConsumedQuantity IS NOT NULL AND (ChargeCategory <> 'Usage' OR CommitmentDiscountStatus = 'Unused')`,
    show: ['CommitmentDiscountStatus'],
  },
  {
    id: 'consumedquantity/not-null-on-usage',
    spec: col('ConsumedQuantity'),
    requirement: 'ConsumedQuantity MUST NOT be null when ChargeCategory is "Usage", CommitmentDiscountStatus is not "Unused" and ChargeClass is not "Correction".',
    column: 'ConsumedQuantity',
    conditional: true,
    violation: `ChargeCategory = 'Usage' AND CommitmentDiscountStatus IS DISTINCT FROM 'Unused' AND ChargeClass IS DISTINCT FROM 'Correction' AND ConsumedQuantity IS NULL`,
  },
];

/** null_handling: no column may hold an empty string in place of null. */
const NO_EMPTY_STRINGS: RowRule[] = FOCUS_SPEC_COLUMNS.filter((c) => c.type === 'VARCHAR').map((c) => ({
  id: `${c.name.toLowerCase()}/no-empty-string`,
  spec: 'attributes/null_handling.md',
  requirement: `${c.name} MUST NOT use an empty string to represent null.`,
  column: c.name,
  violation: `${c.name} = ''`,
}));

export const ROW_RULES: readonly RowRule[] = [
  ...NOT_NULL,
  ...ALLOWED_VALUES,
  ...VALUES_AND_FORMATS,
  ...CREDIT_COSTS,
  ...TAX_NULLS,
  ...USAGE_PURCHASE_NOT_NULLS,
  ...UNIT_PRICES_NON_NEGATIVE,
  ...PRICE_TIMES_QUANTITY,
  ...PAIRS,
  ...COMMITMENTS,
  ...NO_EMPTY_STRINGS,
];
