// Which billing format a file holds, decided from its columns (never its name), and the
// columns each format must have.
import { curSlashToSnake } from './aws/cur-names.ts';
import type { Container, SourceColumn } from './source.ts';

export const Family = {
  CurLegacy: 'cur-legacy',
  CurLegacyAthena: 'cur-legacy-athena',
  Cur2: 'cur2',
  Focus: 'focus',
} as const;
export type FamilyName = (typeof Family)[keyof typeof Family];

export interface DetectedFormat {
  family: FamilyName;
  /** FOCUS version for FOCUS files: '1.0-preview', '1.0', '1.1' or '1.2'. */
  version?: string;
  /** The name recorded in imports: cur-legacy-csv, cur2-parquet, focus-1.2-csv... */
  id: string;
}

/** Required columns, as the file would name them (slash form for legacy CSV). */
export const CUR_REQUIRED: readonly string[] = [
  'lineItem/LineItemType',
  'lineItem/UsageStartDate',
  'lineItem/UnblendedCost',
  'lineItem/CurrencyCode',
  'bill/PayerAccountId',
  'bill/BillingPeriodStartDate',
];

export const FOCUS_REQUIRED: readonly string[] = [
  'BilledCost',
  'EffectiveCost',
  'ChargePeriodStart',
  'BillingPeriodStart',
  'BillingAccountId',
  'BillingCurrency',
  'ChargeCategory',
];

/** FOCUS 1.0-preview names that later versions renamed. */
export const FOCUS_ALIASES: Readonly<Record<string, string>> = {
  Provider: 'ProviderName',
  Publisher: 'PublisherName',
  InvoiceIssuer: 'InvoiceIssuerName',
};

const FOCUS_12_ONLY = ['InvoiceId', 'PricingCurrency', 'BillingAccountType', 'SubAccountType', 'PricingCurrencyEffectiveCost'];
const FOCUS_11_ONLY = ['ServiceSubcategory', 'SkuMeter', 'SkuPriceDetails', 'CapacityReservationId', 'CommitmentDiscountQuantity', 'CommitmentDiscountUnit'];
const CUR2_MARKERS = ['product', 'resource_tags', 'line_item_usage_account_name', 'bill_payer_account_name', 'cost_category', 'discount'];

export function detectFormat(columns: readonly SourceColumn[], container: Container): DetectedFormat | null {
  const names = new Set(columns.map((c) => c.name));
  const has = (n: string) => names.has(n);
  if ([...names].some((n) => n.startsWith('lineItem/') || n.startsWith('bill/'))) {
    return { family: Family.CurLegacy, id: `cur-legacy-${container}` };
  }
  if ([...names].some((n) => n.startsWith('line_item_') || n.startsWith('bill_'))) {
    if (CUR2_MARKERS.some(has)) return { family: Family.Cur2, id: `cur2-${container}` };
    return { family: Family.CurLegacyAthena, id: `cur-legacy-athena-${container}` };
  }
  if (has('BilledCost') || (has('ChargePeriodStart') && (has('EffectiveCost') || has('ProviderName') || has('Provider')))) {
    const version = FOCUS_12_ONLY.some(has) ? '1.2' : FOCUS_11_ONLY.some(has) ? '1.1' : has('Provider') && !has('ProviderName') ? '1.0-preview' : '1.0';
    return { family: Family.Focus, version, id: `focus-${version}-${container}` };
  }
  return null;
}

/** Required columns the file lacks, in the file's own naming. */
export function missingRequired(format: DetectedFormat, columns: readonly SourceColumn[]): string[] {
  const names = new Set(columns.map((c) => c.name));
  if (format.family === Family.Focus) {
    const aliasFor = Object.fromEntries(Object.entries(FOCUS_ALIASES).map(([a, n]) => [n, a]));
    return FOCUS_REQUIRED.filter((n) => !names.has(n) && !(aliasFor[n] && names.has(aliasFor[n])));
  }
  if (format.family === Family.CurLegacy) return CUR_REQUIRED.filter((n) => !names.has(n));
  return CUR_REQUIRED.map(curSlashToSnake).filter((n) => !names.has(n));
}

export function describeExpected(): string {
  return `an AWS Cost and Usage Report (columns such as ${CUR_REQUIRED.slice(1, 4).join(', ')} or their snake_case forms) or a FOCUS export (columns such as ${FOCUS_REQUIRED.slice(0, 4).join(', ')})`;
}
