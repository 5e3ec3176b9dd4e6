// The Data view's summary (rows and cost per billing period, account and currency: store/info.ts)
// read from the daily aggregate while it is fresh: a few thousand rows instead of two scans of
// focus (seconds on a large workspace, on every open). The aggregate keeps each group's exact
// DECIMAL sums and line count, grouped by every column the summary groups by, so the figures are
// the ones focus gives, to the cent; when it is not fresh, the summary reads focus.
import { ident, sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { SummaryRows } from '../../store/info.ts';
import { pivotAggregatesFresh } from './aggregates.ts';
import { AGG_LINES_COLUMN, AGG_TABLE } from './source.ts';

export async function summaryFromAggregate(db: Db): Promise<SummaryRows | null> {
  if (!(await pivotAggregatesFresh(db))) return null;
  const agg = ident(AGG_TABLE);
  const n = ident(AGG_LINES_COLUMN);
  const periods = await db.all(sql`
    SELECT strftime(BillingPeriodStart, '%Y-%m') AS billing_period, ProviderName AS provider, BillingAccountId AS account,
      BillingCurrency AS currency, sum(${n}) AS n, round(sum(BilledCost), 2) AS billed, round(sum(EffectiveCost), 2) AS effective
    FROM ${agg} GROUP BY ALL ORDER BY 1, 2, 3, 4`);
  const totals = await db.all(sql`
    SELECT BillingCurrency AS currency, sum(${n}) AS n, round(sum(BilledCost), 2) AS billed, round(sum(EffectiveCost), 2) AS effective
    FROM ${agg} GROUP BY BillingCurrency ORDER BY BillingCurrency`);
  return { periods, totals };
}
