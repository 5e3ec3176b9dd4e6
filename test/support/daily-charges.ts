// Hand-built daily charges inserted straight into the focus table of a real workspace, for the
// tests of the engines that read daily cost (forecast, budgets, anomalies). One account ('prod'),
// one region (us-east-1), Amazon EC2 usage unless told. Every expected number in those tests is
// worked out by hand from these series.
import { join, sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';

export interface Charge {
  day: string;
  cost: number;
  service?: string;
  /** SubAccountName (default 'prod', with SubAccountId 222222222222); a named account's id is its name. */
  account?: string;
  usageType?: string;
  resource?: string;
  category?: 'Usage' | 'Purchase' | 'Tax' | 'Credit';
  frequency?: 'Usage-Based' | 'Recurring' | 'One-Time';
  lineType?: string;
  commitment?: string;
  /** x_SavingsPlanEndTime of the line (a commitment's end). */
  ends?: string;
  /** PricingUnit (GB-Mo: priced per month). */
  pricingUnit?: string;
  /** CommitmentDiscountStatus: Used on usage a commitment covered, Unused on its unused part. */
  commitmentStatus?: 'Used' | 'Unused';
  /** Costs that differ from `cost` (which every basis takes otherwise): covered usage costs its contracted price in ContractedCost and ListCost, less in EffectiveCost. */
  billed?: number;
  effective?: number;
  contracted?: number;
}

const MS_PER_DAY = 86_400_000;
const ACCOUNT_ID = '222222222222';
const DEFAULT_USAGE_TYPE = 'BoxUsage:m5.large';

/** The ISO day `offset` days after `from`. */
export function dayAt(from: string, offset: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * One charge a day from `from` to `to` (inclusive); `cost` gets the ISO day, its weekday
 * (0 = Monday) and its index from `from` (0, 1, ...); null: no line that day.
 */
export function daily(from: string, to: string, cost: (day: string, weekday: number, index: number) => number | null, rest: Omit<Charge, 'day' | 'cost'> = {}): Charge[] {
  const out: Charge[] = [];
  let index = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += MS_PER_DAY, index++) {
    const day = new Date(t).toISOString().slice(0, 10);
    const c = cost(day, (new Date(t).getUTCDay() + 6) % 7, index);
    if (c !== null) out.push({ day, cost: c, ...rest });
  }
  return out;
}

export async function insertCharges(ws: Workspace, charges: readonly Charge[]): Promise<void> {
  for (let i = 0; i < charges.length; i += 400) {
    const rows = charges.slice(i, i + 400).map((c) => {
      const start = `${c.day} 00:00:00`;
      return sql`(CAST(${start} AS TIMESTAMP), CAST(${start} AS TIMESTAMP) + INTERVAL 1 DAY,
        date_trunc('month', CAST(${start} AS TIMESTAMP)), date_trunc('month', CAST(${start} AS TIMESTAMP)) + INTERVAL 1 MONTH,
        'AWS', '111111111111', 'USD', ${c.account ?? ACCOUNT_ID}, ${c.account ?? 'prod'}, ${c.service ?? 'Amazon EC2'}, 'us-east-1', ${c.usageType ?? DEFAULT_USAGE_TYPE}, ${c.resource ?? null},
        CAST(${String(c.billed ?? c.cost)} AS DECIMAL(38, 12)), CAST(${String(c.effective ?? c.cost)} AS DECIMAL(38, 12)), CAST(${String(c.contracted ?? c.cost)} AS DECIMAL(38, 12)), CAST(${String(c.contracted ?? c.cost)} AS DECIMAL(38, 12)),
        ${c.category ?? 'Usage'}, ${c.frequency ?? 'Usage-Based'}, ${c.lineType ?? 'Usage'}, ${c.commitment ?? null}, ${c.commitmentStatus ?? null},
        CAST(${c.ends ?? null} AS TIMESTAMP), ${c.pricingUnit ?? null}, 1)`;
    });
    await ws.db.run(sql`INSERT INTO focus ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd",
        "ProviderName", "BillingAccountId", "BillingCurrency", "SubAccountId", "SubAccountName", "ServiceName", "RegionId", "x_UsageType", "ResourceId",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ChargeCategory", "ChargeFrequency", "x_LineItemType",
        "CommitmentDiscountId", "CommitmentDiscountStatus", "x_SavingsPlanEndTime", "PricingUnit", "x_ImportId") VALUES ${join(rows)}`);
  }
}
