// Cost Explorer JSON 1.1 GetCostAndUsage over rows a test gives (day, dimensions, tags, metric
// amounts as exact decimal text). Grouping by up to two DIMENSION or TAG keys, daily results,
// pages of `daysPerPage` days chained by NextPageToken, amounts summed exactly.
import { jsonFailure, jsonReply, type Reply } from './wire.ts';

export interface CostRow {
  day: string;
  dimensions: Record<string, string>;
  tags?: Record<string, string>;
  metrics: Record<string, string>;
  /** The usage account's name, which Cost Explorer gives beside a LINKED_ACCOUNT grouping. */
  accountName?: string;
  unit?: string;
  /** The unit of the UsageQuantity metric (Cost Explorer gives each metric its own: Hrs, GB-Mo…; N/A when there is none). */
  usageUnit?: string;
}

const SCALE = 10n ** 12n;
const USAGE_QUANTITY = 'UsageQuantity';

function toUnits(amount: string): bigint {
  const [whole = '0', frac = ''] = amount.replace(/^-/, '').split('.');
  const v = BigInt(whole) * SCALE + BigInt((frac + '0'.repeat(12)).slice(0, 12));
  return amount.startsWith('-') ? -v : v;
}

function fromUnits(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const frac = (a % SCALE).toString().padStart(12, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${a / SCALE}${frac ? `.${frac}` : ''}`;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export class FakeCostExplorer {
  rows: CostRow[] = [];
  daysPerPage = 31;
  /** Every GetCostAndUsage request as received. */
  readonly received: Record<string, unknown>[] = [];

  handle(operation: string, input: Record<string, unknown>): Reply {
    if (operation !== 'GetCostAndUsage') return jsonFailure(400, 'ValidationException', `${operation} is not served by the test server`);
    this.received.push(input);
    const period = input.TimePeriod as { Start: string; End: string };
    const metrics = input.Metrics as string[];
    const groupBy = (input.GroupBy as { Type: string; Key: string }[] | undefined) ?? [];
    if (input.Granularity !== 'DAILY') return jsonFailure(400, 'ValidationException', 'this test server serves DAILY granularity only');
    if (groupBy.length > 2) return jsonFailure(400, 'ValidationException', 'GroupBy can have at most 2 entries');
    const days: string[] = [];
    for (let d = period.Start; d < period.End; d = addDays(d, 1)) days.push(d);
    const first = input.NextPageToken ? Number(input.NextPageToken) : 0;
    const pageDays = days.slice(first, first + this.daysPerPage);
    const next = first + pageDays.length < days.length ? String(first + pageDays.length) : undefined;
    const keyOf = (r: CostRow) => groupBy.map((g) => (g.Type === 'TAG' ? `${g.Key}$${r.tags?.[g.Key] ?? ''}` : (r.dimensions[g.Key] ?? 'NoValue')));
    const results = pageDays.map((day) => {
      const rows = this.rows.filter((r) => r.day === day);
      const sum = (rs: CostRow[]) =>
        Object.fromEntries(metrics.map((m) => [m, { Amount: fromUnits(rs.reduce((s, r) => s + toUnits(r.metrics[m] ?? '0'), 0n)), Unit: m === USAGE_QUANTITY ? (rs[0]?.usageUnit ?? 'N/A') : (rs[0]?.unit ?? 'USD') }]));
      const base = { TimePeriod: { Start: day, End: addDays(day, 1) }, Estimated: false };
      if (groupBy.length === 0) return { ...base, Total: sum(rows), Groups: [] };
      const groups = new Map<string, CostRow[]>();
      for (const r of rows) {
        const k = JSON.stringify(keyOf(r));
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      return { ...base, Total: {}, Groups: [...groups].map(([k, rs]) => ({ Keys: JSON.parse(k) as string[], Metrics: sum(rs) })) };
    });
    const names = new Map(this.rows.filter((r) => r.accountName && r.dimensions.LINKED_ACCOUNT).map((r) => [r.dimensions.LINKED_ACCOUNT!, r.accountName!]));
    const byAccount = groupBy.some((g) => g.Type === 'DIMENSION' && g.Key === 'LINKED_ACCOUNT');
    return jsonReply({
      GroupDefinitions: groupBy,
      ResultsByTime: results,
      DimensionValueAttributes: byAccount ? [...names].map(([Value, description]) => ({ Value, Attributes: { description } })) : [],
      ...(next ? { NextPageToken: next } : {}),
    });
  }
}
