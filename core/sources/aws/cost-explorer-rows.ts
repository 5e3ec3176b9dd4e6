// Cost Explorer results -> rows of a FOCUS CSV that the ingest path loads like any FOCUS export.
// Cost Explorer gives daily sums, so the rows are aggregates: no resource, a one-day charge
// period, and only the dimensions the pull grouped by. Amounts stay the exact decimal text AWS
// sent. UnblendedCost is the billed cost (and contracted: no negotiated prices here);
// AmortizedCost the effective cost; Cost Explorer has no list prices, so ListCost stays empty.
import type { ResultByTime } from '@aws-sdk/client-cost-explorer';

export const CeMetric = {
  Unblended: 'UnblendedCost',
  Amortized: 'AmortizedCost',
  NetAmortized: 'NetAmortizedCost',
} as const;
export const CE_METRICS = Object.values(CeMetric);

/** Cost Explorer dimensions a pull can group by, and the FOCUS column each lands in. */
export const CE_DIMENSION_COLUMNS: Readonly<Record<string, string>> = {
  SERVICE: 'ServiceName',
  LINKED_ACCOUNT: 'SubAccountId',
  REGION: 'RegionId',
  USAGE_TYPE: 'x_UsageType',
  OPERATION: 'x_Operation',
  INSTANCE_TYPE: 'x_InstanceType',
  AZ: 'AvailabilityZone',
};
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
  'ChargeDescription',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'BilledCost',
  'ContractedCost',
  'EffectiveCost',
  'ListCost',
  'x_UnblendedCost',
  ...new Set(Object.values(CE_DIMENSION_COLUMNS)),
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

/** CSV lines for one page of results. */
export function resultRows(results: readonly ResultByTime[], groupBy: readonly GroupBy[], billingAccountId: string): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const start = r.TimePeriod!.Start!;
    const end = r.TimePeriod!.End!;
    const [bpStart, bpEnd] = monthBounds(start);
    const entries = groupBy.length ? (r.Groups ?? []).map((g) => ({ keys: g.Keys ?? [], metrics: g.Metrics ?? {} })) : [{ keys: [] as string[], metrics: r.Total ?? {} }];
    for (const e of entries) {
      const amount = (m: string) => plainDecimal(e.metrics[m]?.Amount ?? '0');
      if (CE_METRICS.every((m) => Number(amount(m)) === 0)) continue;
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
        BilledCost: amount(CeMetric.Unblended),
        ContractedCost: amount(CeMetric.Unblended),
        EffectiveCost: amount(CeMetric.Amortized),
        ListCost: null,
        x_UnblendedCost: amount(CeMetric.Unblended),
      };
      const tags: Record<string, string> = {};
      groupBy.forEach((g, i) => {
        const key = e.keys[i] ?? '';
        if (g.Type === 'TAG') {
          const value = key.slice(key.indexOf('$') + 1);
          if (value) tags[g.Key] = value;
        } else row[CE_DIMENSION_COLUMNS[g.Key]!] = key === 'NoValue' ? null : key;
      });
      row.Tags = JSON.stringify(tags);
      lines.push(COLUMNS.map((c) => csvField(row[c] ?? null)).join(','));
    }
  }
  return lines;
}
