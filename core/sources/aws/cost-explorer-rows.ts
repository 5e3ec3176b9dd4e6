// Cost Explorer results -> rows of a FOCUS CSV that the ingest path loads like any FOCUS export.
// Cost Explorer gives daily sums, so the rows are aggregates: no resource, a one-day charge
// period, and only the dimensions the pull grouped by. Amounts stay the exact decimal text AWS
// sent. The bases follow the CUR mapping (net figures where AWS has them): NetUnblendedCost is
// the billed and the contracted cost, NetAmortizedCost the effective cost, UnblendedCost and
// NetUnblendedCost also land in x_UnblendedCost / x_NetUnblendedCost. Cost Explorer has no list
// prices (no metric for them), so ListUnitPrice is null and ListCost is the billed cost, as FOCUS
// requires of a charge with no list unit price. ChargeCategory comes from RECORD_TYPE when the
// pull groups by it; otherwise every row is Usage (a day's total mixes every kind of charge).
import type { DimensionValuesWithAttributes, ResultByTime } from '@aws-sdk/client-cost-explorer';
import { ChargeCategory, CREDIT_LINE_ITEM_TYPES, LineItemType } from '../../ingest/aws/line-item-types.ts';

export const CeMetric = {
  Unblended: 'UnblendedCost',
  NetUnblended: 'NetUnblendedCost',
  Amortized: 'AmortizedCost',
  NetAmortized: 'NetAmortizedCost',
} as const;
export const CE_METRICS = Object.values(CeMetric);
/** Requested only when the pull groups by usage type: ungrouped, a day's UsageQuantity adds hours to gigabytes. */
export const CE_USAGE_QUANTITY = 'UsageQuantity';
export const CE_USAGE_TYPE = 'USAGE_TYPE';
/** The unit Cost Explorer gives a quantity that has none (tax, fees). */
const NO_UNIT = 'N/A';

/** The metrics a pull asks for: the cost metrics, and the usage quantity when grouped by usage type. */
export function ceMetrics(groupBy: readonly GroupBy[]): string[] {
  return groupBy.some((g) => g.Type === 'DIMENSION' && g.Key === CE_USAGE_TYPE) ? [...CE_METRICS, CE_USAGE_QUANTITY] : [...CE_METRICS];
}

/** Cost Explorer dimensions a pull can group by, and the FOCUS column each lands in. */
export const CE_DIMENSION_COLUMNS: Readonly<Record<string, string>> = {
  SERVICE: 'ServiceName',
  LINKED_ACCOUNT: 'SubAccountId',
  REGION: 'RegionId',
  USAGE_TYPE: 'x_UsageType',
  OPERATION: 'x_Operation',
  INSTANCE_TYPE: 'x_InstanceType',
  AZ: 'AvailabilityZone',
  RECORD_TYPE: 'x_LineItemType',
};
export const CE_RECORD_TYPE = 'RECORD_TYPE';

/** Cost Explorer's RECORD_TYPE values (its API names, and the console's) -> FOCUS ChargeCategory. */
const RECORD_TYPE_CATEGORY: Readonly<Record<string, string>> = {
  [LineItemType.Usage]: ChargeCategory.Usage,
  [LineItemType.DiscountedUsage]: ChargeCategory.Usage,
  [LineItemType.SavingsPlanCoveredUsage]: ChargeCategory.Usage,
  [LineItemType.SavingsPlanNegation]: ChargeCategory.Usage,
  [LineItemType.Tax]: ChargeCategory.Tax,
  [LineItemType.Fee]: ChargeCategory.Purchase,
  [LineItemType.RIFee]: ChargeCategory.Purchase,
  [LineItemType.SavingsPlanRecurringFee]: ChargeCategory.Purchase,
  [LineItemType.SavingsPlanUpfrontFee]: ChargeCategory.Purchase,
  Recurring: ChargeCategory.Purchase,
  Upfront: ChargeCategory.Purchase,
  Support: ChargeCategory.Purchase,
  ...Object.fromEntries(CREDIT_LINE_ITEM_TYPES.map((t) => [t, ChargeCategory.Credit])),
};

/** The ChargeCategory of a RECORD_TYPE; names Cost Explorer adds later fall in by their words. */
export function chargeCategoryOf(recordType: string): string {
  const known = RECORD_TYPE_CATEGORY[recordType];
  if (known) return known;
  if (/discount|credit|refund/i.test(recordType)) return ChargeCategory.Credit;
  if (/tax/i.test(recordType)) return ChargeCategory.Tax;
  if (/fee|upfront|recurring|support/i.test(recordType)) return ChargeCategory.Purchase;
  if (/usage|negation/i.test(recordType)) return ChargeCategory.Usage;
  return ChargeCategory.Adjustment;
}
export const CE_TAG_PREFIX = 'TAG:';
export const MAX_GROUP_BY = 2;

export interface GroupBy {
  Type: 'DIMENSION' | 'TAG';
  Key: string;
}

export function parseGroupBy(spec: string): GroupBy {
  return spec.startsWith(CE_TAG_PREFIX) ? { Type: 'TAG', Key: spec.slice(CE_TAG_PREFIX.length) } : { Type: 'DIMENSION', Key: spec };
}

const COLUMNS = [
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'BilledCost',
  'ContractedCost',
  'EffectiveCost',
  'ListCost',
  'PricingQuantity',
  'PricingUnit',
  'ServiceCategory',
  'x_UnblendedCost',
  'x_NetUnblendedCost',
  ...new Set(Object.values(CE_DIMENSION_COLUMNS)),
  'SubAccountName',
  'Tags',
] as const;

function csvField(v: string | null): string {
  if (v === null || v === '') return '';
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Cost Explorer writes plain decimals; one in exponent form is expanded exactly. */
export function plainDecimal(amount: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(amount.trim());
  if (!m) return amount.trim();
  const [, sign, int, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = int! + frac;
  const point = int!.length + exp;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits;
  const at = Math.max(point, 1);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(at).replace(/0+$/, '');
  return `${sign}${whole}${rest ? `.${rest}` : ''}`;
}

export function csvHeader(): string {
  return COLUMNS.join(',');
}

function monthBounds(day: string): [string, string] {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return [`${day.slice(0, 7)}-01T00:00:00Z`, `${next.toISOString().slice(0, 10)}T00:00:00Z`];
}

/** Account names Cost Explorer gives beside a LINKED_ACCOUNT grouping (DimensionValueAttributes). */
export function accountNames(attributes: readonly DimensionValuesWithAttributes[] | undefined): Map<string, string> {
  return new Map((attributes ?? []).filter((a) => a.Value && a.Attributes?.description).map((a) => [a.Value!, a.Attributes!.description!]));
}

/**
 * CSV lines for one page of results. `serviceCategory`: the ServiceCategory of a SERVICE value
 * (cost-explorer-services.ts); rows not grouped by service have neither.
 */
export function resultRows(results: readonly ResultByTime[], groupBy: readonly GroupBy[], billingAccountId: string, names: ReadonlyMap<string, string> = new Map(), serviceCategory?: (service: string) => string): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const start = r.TimePeriod!.Start!;
    const end = r.TimePeriod!.End!;
    const [bpStart, bpEnd] = monthBounds(start);
    const entries = groupBy.length ? (r.Groups ?? []).map((g) => ({ keys: g.Keys ?? [], metrics: g.Metrics ?? {} })) : [{ keys: [] as string[], metrics: r.Total ?? {} }];
    for (const e of entries) {
      const amount = (m: string) => plainDecimal(e.metrics[m]?.Amount ?? '0');
      if (CE_METRICS.every((m) => Number(amount(m)) === 0)) continue;
      const billed = e.metrics[CeMetric.NetUnblended] ? amount(CeMetric.NetUnblended) : amount(CeMetric.Unblended);
      const row: Record<string, string | null> = {
        BillingAccountId: billingAccountId,
        BillingCurrency: e.metrics[CeMetric.Unblended]?.Unit ?? 'USD',
        BillingPeriodStart: bpStart,
        BillingPeriodEnd: bpEnd,
        ChargePeriodStart: `${start}T00:00:00Z`,
        ChargePeriodEnd: `${end}T00:00:00Z`,
        ChargeCategory: 'Usage',
        ChargeDescription: 'Cost Explorer daily amount',
        ProviderName: 'AWS',
        PublisherName: 'AWS',
        InvoiceIssuerName: 'AWS',
        BilledCost: billed,
        ContractedCost: billed,
        EffectiveCost: e.metrics[CeMetric.NetAmortized] ? amount(CeMetric.NetAmortized) : amount(CeMetric.Amortized),
        ListCost: billed,
        x_UnblendedCost: amount(CeMetric.Unblended),
        x_NetUnblendedCost: e.metrics[CeMetric.NetUnblended] ? amount(CeMetric.NetUnblended) : null,
      };
      const tags: Record<string, string> = {};
      groupBy.forEach((g, i) => {
        const key = e.keys[i] ?? '';
        if (g.Type === 'TAG') {
          const value = key.slice(key.indexOf('$') + 1);
          if (value) tags[g.Key] = value;
        } else row[CE_DIMENSION_COLUMNS[g.Key]!] = key === 'NoValue' ? null : key;
        if (g.Type === 'DIMENSION' && g.Key === CE_RECORD_TYPE && key !== 'NoValue') {
          row.ChargeCategory = chargeCategoryOf(key);
          if (key === LineItemType.Refund) row.ChargeClass = 'Correction';
        }
        if (g.Type === 'DIMENSION' && g.Key === 'LINKED_ACCOUNT') row.SubAccountName = names.get(key) ?? null;
        if (g.Type === 'DIMENSION' && g.Key === 'SERVICE' && key !== 'NoValue' && serviceCategory) row.ServiceCategory = serviceCategory(key);
      });
      // one usage type, one unit: its quantity is the row's PricingQuantity (usage and purchases only, as FOCUS has it)
      const quantity = e.metrics[CE_USAGE_QUANTITY];
      if (quantity?.Unit && quantity.Unit !== NO_UNIT && (row.ChargeCategory === ChargeCategory.Usage || row.ChargeCategory === ChargeCategory.Purchase)) {
        row.PricingQuantity = plainDecimal(quantity.Amount ?? '0');
        row.PricingUnit = quantity.Unit;
      }
      row.Tags = JSON.stringify(tags);
      lines.push(COLUMNS.map((c) => csvField(row[c] ?? null)).join(','));
    }
  }
  return lines;
}
