// Month total vs budget and forecast: the pivot's total, each budget's status for the month
// (budgetsStatus) and the forecast engine's month-end projection, side by side.
import type { BudgetStatus } from '../../api/budgets-contract.ts';
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import type { ReviewContext } from '../context.ts';
import { monthName, moneyText, percentText } from '../format.ts';
import { totalFigures } from './pivot-rows.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

/** Budgets whose period is the month or holds it (a quarter). */
function budgetsOfMonth(statuses: BudgetStatus[], ctx: ReviewContext): BudgetStatus[] {
  return statuses.filter((s) => s.periodStart <= ctx.from && s.periodEnd >= ctx.lastDayOfPeriod);
}

export const totalVsBudgetSlide: SlideModule = {
  id: 'total-vs-budget',
  async build(ctx) {
    const asOfFlag = ctx.asOf ? ` --as-of ${ctx.asOf}` : '';
    const [pivot, currency, budgets, forecast] = await Promise.all([
      ctx.monthTotal(),
      ctx.currency(),
      attempt(() => ctx.ask('budgetsStatus', ctx.asOf ? { asOf: ctx.asOf } : {})),
      attempt(() => ctx.ask('forecast', { spec: { kind: 'forecast', basis: ctx.basis, backtest: false, ...(ctx.asOf ? { asOf: ctx.asOf } : {}) } })),
    ]);
    const total = totalFigures(pivot).cost;
    const month = forecast.ok ? forecast.value.series[0]?.periodEnd.month : undefined;
    const projection = month && month.period === ctx.period ? month : undefined;
    const notes = [
      `Month total from ${command(`pivot --cols period --grain month --basis ${ctx.basis} --from ${ctx.from} --to ${ctx.to} --json`)}.`,
      `Budgets from ${command(`budgets status${asOfFlag} --json`)} (each budget's own basis).`,
      `Forecast from ${command(`forecast --basis ${ctx.basis} --no-backtest${asOfFlag} --json`)} (periodEnd.month, 80% band).`,
      ctx.asOf ? `The data runs past the month, so budgets and forecast are as of ${ctx.asOf}: actual to the day before, forecast for the rest.` : '',
    ].filter(Boolean).join(' ');

    const forecastTable: ReviewTable = {
      title: `Forecast for ${ctx.period} (${ctx.basis} cost)`,
      columns: [
        { key: 'total', label: 'Month total', kind: 'money' },
        { key: 'actual', label: 'Actual to date', kind: 'money' },
        { key: 'forecast', label: 'Forecast', kind: 'money' },
        { key: 'lower80', label: 'Low (80%)', kind: 'money' },
        { key: 'upper80', label: 'High (80%)', kind: 'money' },
      ],
      rows: [{ total, actual: projection?.actual ?? null, forecast: projection?.value ?? null, lower80: projection?.lower80 ?? null, upper80: projection?.upper80 ?? null }],
    };
    const statuses = budgets.ok ? budgets.value.statuses : [];
    const mine = budgetsOfMonth(statuses, ctx);
    if (mine.length === 0) {
      const reason = !budgets.ok
        ? budgets.message
        : statuses.length === 0
        ? `No budgets are set. Set one with "${command(`budgets set --name NAME --amount AMOUNT --start ${ctx.period} --recurring`)}" (or import them: "budgets import"), or in the Forecast view.`
        : `None of the ${statuses.length} budgets covers ${ctx.period}. Set a monthly budget starting ${ctx.period} or earlier and recurring.`;
      return noDataSlide('total-vs-budget', `${monthName(ctx.period)}: ${total === null ? 'no cost' : moneyText(total, currency)}; no budget for the month.`, reason, notes, projection || total !== null ? [forecastTable] : []);
    }
    const budgetTable: ReviewTable = {
      title: 'Budgets',
      columns: [
        { key: 'name', label: 'Budget', kind: 'text' },
        { key: 'amount', label: 'Amount', kind: 'money' },
        { key: 'actual', label: 'Actual', kind: 'money' },
        { key: 'forecast', label: 'Forecast', kind: 'money' },
        { key: 'status', label: 'Status', kind: 'text' },
        { key: 'breachProbability', label: 'P(breach)', kind: 'percent' },
      ],
      rows: mine.map((s) => ({ name: s.budget.name, amount: s.budget.amount, actual: s.actual, forecast: s.forecast, status: s.status, breachProbability: s.breachProbability })),
    };
    const over = mine.filter((s) => s.forecast > s.budget.amount);
    const first = mine[0]!;
    const headline = mine.length === 1
      ? `${first.budget.name}: ${moneyText(first.forecast, first.budget.currency)} forecast against a budget of ${moneyText(first.budget.amount, first.budget.currency)} (${first.status}, ${percentText(first.breachProbability)} chance of breach).`
      : `${over.length} of ${mine.length} budgets forecast over their amount for ${monthName(ctx.period)}.`;
    const chart = barChart({
      categories: mine.map((s) => s.budget.name),
      series: [
        { name: 'Budget', data: mine.map((s) => s.budget.amount) },
        { name: 'Actual', data: mine.map((s) => s.actual) },
        { name: 'Forecast', data: mine.map((s) => s.forecast) },
      ],
    });
    return okSlide('total-vs-budget', {
      headline,
      charts: [{ id: 'budgets', title: 'Budget, actual and forecast', option: chart, alt: mine.map((s) => `${s.budget.name}: budget ${moneyText(s.budget.amount, s.budget.currency)}, actual ${moneyText(s.actual, s.budget.currency)}, forecast ${moneyText(s.forecast, s.budget.currency)}`).join('; ') }],
      tables: [budgetTable, forecastTable],
      notes,
    });
  },
};
