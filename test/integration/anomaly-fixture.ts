// Hand-built daily charges for the anomaly tests, inserted straight into the focus table of a
// real workspace (one account, one region unless told). Every expected number in those tests is
// worked out by hand from these series.
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';

export interface Charge {
  day: string;
  cost: number;
  service?: string;
  account?: string;
  usageType?: string;
  resource?: string;
  category?: 'Usage' | 'Purchase' | 'Tax';
}

const MS_PER_DAY = 86_400_000;

export function dayAt(from: string, offset: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A charge a day from `from` for `days` days; `cost` gets the day's index, ISO day and weekday (0 = Monday); null: no line. */
export function daily(from: string, days: number, cost: (i: number, day: string, weekday: number) => number | null, rest: Omit<Charge, 'day' | 'cost'> = {}): Charge[] {
  const out: Charge[] = [];
  for (let i = 0; i < days; i++) {
    const day = dayAt(from, i);
    const c = cost(i, day, (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7);
    if (c !== null) out.push({ day, cost: c, ...rest });
  }
  return out;
}

export async function insertCharges(ws: Workspace, charges: readonly Charge[]): Promise<void> {
  for (let i = 0; i < charges.length; i += 400) {
    const rows = charges.slice(i, i + 400).map((c) => {
      const start = `${c.day} 00:00:00`;
      const cost = String(c.cost);
      return sql`(CAST(${start} AS TIMESTAMP), CAST(${start} AS TIMESTAMP) + INTERVAL 1 DAY,
        date_trunc('month', CAST(${start} AS TIMESTAMP)), date_trunc('month', CAST(${start} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '111111111111', 'USD', ${c.account ?? 'prod'}, ${c.account ?? 'prod'}, ${c.service ?? 'Amazon EC2'}, 'us-east-1', ${c.usageType ?? 'BoxUsage:m5.large'}, ${c.resource ?? null},
        CAST(${cost} AS DECIMAL(38, 12)), CAST(${cost} AS DECIMAL(38, 12)), CAST(${cost} AS DECIMAL(38, 12)), CAST(${cost} AS DECIMAL(38, 12)),
        ${c.category ?? 'Usage'}, 'Usage-Based', 'Usage', 1)`;
    });
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId", "x_UsageType", "ResourceId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "ChargeFrequency", "x_LineItemType", "x_ImportId") VALUES ${join(rows)}`);
  }
}
