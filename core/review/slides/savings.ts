// Savings opportunities: rightsizing's recommendations (from the utilization metrics, as of the
// last metric) and the commitments optimizer's recommended Compute Savings Plan over the month's
// last 30 days, each as its engine answers.
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import { moneyText, percentText } from '../format.ts';
import { COMMITMENT_LOOKBACK_DAYS, TOP_ROWS } from '../words.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

export const savingsSlide: SlideModule = {
  id: 'savings',
  async build(ctx) {
    const [rightsize, optimize, currency] = await Promise.all([
      attempt(() => ctx.ask('rightsize', { spec: { kind: 'rightsize' } })),
      attempt(() => ctx.ask('commitmentsOptimize', { spec: { kind: 'commitments-optimize', to: ctx.to, lookbackDays: COMMITMENT_LOOKBACK_DAYS } })),
      ctx.currency(),
    ]);
    const notes = [
      `Rightsizing from ${command('rightsize --json')} (the metrics' own window: the last 14 days of metrics).`,
      `Commitment from ${command(`commitments optimize --to ${ctx.to} --lookback ${COMMITMENT_LOOKBACK_DAYS} --json`)} (a 1-year no-upfront Compute Savings Plan, simulated hour by hour).`,
    ].join(' ');
    const recs = rightsize.ok ? rightsize.value.recommendations : [];
    const choices = optimize.ok ? optimize.value.choices : [];
    if (recs.length === 0 && choices.length === 0) {
      const why = [
        rightsize.ok ? 'Rightsizing found no resource to change (no utilization metrics loaded, or every instance fits).' : `Rightsizing: ${rightsize.message}`,
        optimize.ok ? 'The commitments optimizer found nothing to commit.' : `Commitments: ${optimize.message}`,
      ].join(' ');
      return noDataSlide('savings', 'No savings opportunities found.', `${why} Load CloudWatch metrics ("${command('ingest')} METRICS-FILE") for rightsizing.`, notes);
    }
    const tables: ReviewTable[] = [];
    if (rightsize.ok) {
      tables.push({
        title: `Rightsizing: ${rightsize.value.summary.count} recommendations, ${moneyText(rightsize.value.summary.monthlySavings, currency)} a month`,
        columns: [
          { key: 'resourceId', label: 'Resource', kind: 'text' },
          { key: 'action', label: 'Action', kind: 'text' },
          { key: 'change', label: 'From → to', kind: 'text' },
          { key: 'monthlyCost', label: 'Monthly cost', kind: 'money' },
          { key: 'monthlySavings', label: 'Saves a month', kind: 'money' },
        ],
        rows: recs.slice(0, TOP_ROWS).map((r) => ({ resourceId: r.resourceId, action: r.action, change: r.recommendedType ? `${r.currentType} → ${r.recommendedType}` : r.currentType, monthlyCost: r.monthlyCost, monthlySavings: r.monthlySavings })),
      });
    } else {
      tables.push({ title: 'Rightsizing', columns: [{ key: 'why', label: 'Why there are no recommendations', kind: 'text' }], rows: [{ why: rightsize.message }] });
    }
    if (optimize.ok) {
      tables.push({
        title: `Compute Savings Plan (1 year, no upfront, priced at ${percentText(optimize.value.rate)} of on-demand)`,
        columns: [
          { key: 'kind', label: 'Choice', kind: 'text' },
          { key: 'hourlyCommitment', label: 'Per hour', kind: 'money' },
          { key: 'monthlySavings', label: 'Saves a month', kind: 'money' },
          { key: 'coverage', label: 'Coverage', kind: 'percent' },
          { key: 'utilization', label: 'Utilization', kind: 'percent' },
        ],
        rows: choices.map((c) => ({ kind: c.kind, hourlyCommitment: c.hourlyCommitment, monthlySavings: c.monthlySavings, coverage: c.coverage, utilization: c.utilization })),
      });
    }
    const best = choices.find((c) => c.kind === 'max-savings');
    const byAction = rightsize.ok ? Object.entries(rightsize.value.summary.byAction) : [];
    const categories = [...byAction.map(([action]) => `Rightsizing: ${action}`), ...(best ? ['Savings Plan (max savings)'] : [])];
    const amounts = [...byAction.map(([, v]) => v?.monthlySavings ?? 0), ...(best ? [best.monthlySavings] : [])];
    const chart = barChart({ categories, series: [{ name: 'Monthly savings', data: amounts }], horizontal: true });
    const rsSavings = rightsize.ok ? rightsize.value.summary.monthlySavings : 0;
    const parts = [rightsize.ok ? `rightsizing ${moneyText(rsSavings, currency)} a month` : null, best ? `a ${moneyText(best.hourlyCommitment, currency)}/hour Savings Plan ${moneyText(best.monthlySavings, currency)} a month (coverage ${percentText(best.coverage)})` : null].filter(Boolean);
    return okSlide('savings', {
      headline: `Savings on the table: ${parts.join('; ')}.`,
      charts: [{ id: 'savings', title: 'Monthly savings by opportunity', option: chart, alt: categories.map((c, i) => `${c}: ${moneyText(amounts[i]!, currency)}`).join('; ') }],
      tables,
      notes,
    });
  },
};
