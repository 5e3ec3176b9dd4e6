// Unit costs: cost per unit of each imported business metric for the month, its change vs the
// month before and its trend, as the unit-costs engine answers (unitCosts, grain month).
import type { ReviewTable } from '../../api/review-contract.ts';
import type { UnitCostResult } from '../../api/unit-costs-contract.ts';
import { lineChart } from '../charts/options.ts';
import { monthWindow } from '../context.ts';
import { monthName, percentText } from '../format.ts';
import { MAX_UNIT_METRICS, UNIT_COST_TREND_MONTHS } from '../words.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

/** The months of the trend, oldest first, ending with `period`. */
function trendMonths(period: string): string[] {
  const months = [period];
  while (months.length < UNIT_COST_TREND_MONTHS) months.unshift(monthWindow(months[0]!).previous);
  return months;
}

export const unitCostsSlide: SlideModule = {
  id: 'unit-costs',
  async build(ctx) {
    const months = trendMonths(ctx.period);
    const from = monthWindow(months[0]!).from;
    const cli = (metric: string) => command(`unit-costs --metric ${metric} --grain month --from ${from} --to ${ctx.to} --basis ${ctx.basis} --json`);
    const listed = await attempt(() => ctx.ask('businessMetrics', {}));
    const importHint = `Import them with "${command('unit-costs import')} FILE" (CSV or JSON: date, metric, value, optional owner and service).`;
    const metrics = listed.ok ? listed.value.metrics.slice(0, MAX_UNIT_METRICS) : [];
    if (metrics.length === 0) {
      return noDataSlide('unit-costs', 'No business metrics: no unit costs yet.', listed.ok ? `No business metrics are loaded in the workspace. ${importHint}` : `No business metrics can be read: ${listed.message} ${importHint}`, `Unit costs come from ${command('unit-costs --metric METRIC --grain month --json')} once business metrics are imported.`);
    }
    const results: UnitCostResult[] = [];
    for (const m of metrics) {
      const r = await attempt(() => ctx.ask('unitCosts', { metric: m.metric, grain: 'month', from, to: ctx.to, basis: ctx.basis }));
      if (r.ok) results.push(r.value);
    }
    const notes = `From ${metrics.map((m) => cli(m.metric)).join('; ')}. Unit cost = cost ÷ volume of the month; change against ${ctx.previous}.`;
    const ofMonth = results.map((r) => ({ metric: r.metric, row: r.rows.find((x) => x.period === ctx.period && x.key === null) }));
    const table: ReviewTable = {
      title: `Cost per unit, ${ctx.period}`,
      columns: [
        { key: 'metric', label: 'Metric', kind: 'text' },
        { key: 'cost', label: 'Cost', kind: 'money' },
        { key: 'volume', label: 'Volume', kind: 'number' },
        { key: 'unitCost', label: 'Cost per unit', kind: 'number' },
        { key: 'changePct', label: 'Change %', kind: 'percent' },
      ],
      // changePct is a fraction, like the pivot's (the unit-costs engine's result.ts)
      rows: ofMonth.map(({ metric, row }) => ({ metric, cost: row?.cost ?? null, volume: row?.volume ?? null, unitCost: row?.unitCost ?? null, changePct: row?.changePct ?? null })),
    };
    const withValue = ofMonth.filter((m) => m.row?.unitCost != null);
    if (withValue.length === 0) {
      return noDataSlide('unit-costs', `No unit costs for ${monthName(ctx.period)}.`, `The business metrics (${metrics.map((m) => m.metric).join(', ')}) have no volume in ${ctx.period}. ${importHint}`, notes, [table]);
    }
    const chart = lineChart({
      categories: months,
      series: results.map((r) => ({ name: r.metric, data: months.map((p) => r.rows.find((x) => x.period === p && x.key === null)?.unitCost ?? null) })),
    });
    const first = withValue[0]!;
    const change = first.row!.changePct == null ? '' : ` (${percentText(first.row!.changePct)} vs ${monthName(ctx.previous)})`;
    return okSlide('unit-costs', {
      headline: `Cost per unit of ${first.metric}: ${first.row!.unitCost!.toLocaleString('en-US', { maximumFractionDigits: 6 })}${change}${withValue.length > 1 ? `; ${withValue.length} metrics in all` : ''}.`,
      charts: [{ id: 'unit-cost-trend', title: `Cost per unit, ${months[0]} to ${ctx.period}`, option: chart, alt: ofMonth.map(({ metric, row }) => `${metric}: ${row?.unitCost ?? 'no value'} per unit in ${ctx.period}`).join('; ') }],
      tables: [table],
      notes,
    });
  },
};
