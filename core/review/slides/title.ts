// The title slide: the month, the basis, the month's total and its change, where the data ends.
import { monthName, moneyText, percentText, signedMoney } from '../format.ts';
import { command, okSlide, noDataSlide, type SlideModule } from './slide.ts';
import { totalFigures } from './pivot-rows.ts';

export const titleSlide: SlideModule = {
  id: 'title',
  async build(ctx) {
    const pivot = await ctx.monthTotal();
    const currency = await ctx.currency();
    const t = totalFigures(pivot);
    const source = `Numbers from the pivot: ${command(`pivot --cols period --grain month --measure cost --measure change --measure changePct --basis ${ctx.basis} --from ${ctx.from} --to ${ctx.to} --json`)}.`;
    const table = {
      title: 'The month',
      columns: [
        { key: 'figure', label: 'Figure', kind: 'text' as const },
        { key: 'value', label: 'Value', kind: 'text' as const },
      ],
      rows: [
        { figure: 'Period', value: ctx.period },
        { figure: 'Cost basis', value: `${ctx.basis} cost` },
        { figure: 'Data through', value: ctx.lastDay ?? 'no data' },
      ],
    };
    if (t.cost === null) {
      return noDataSlide('title', `${monthName(ctx.period)}: no cost in the workspace for this month.`, `The workspace has no cost for ${ctx.period}. Load the month's bill with "${command('ingest')} FILE" (or pull it from AWS) and build the pack again.`, source, [table]);
    }
    const totals = {
      title: `Total ${ctx.basis} cost`,
      columns: [
        { key: 'period', label: 'Month', kind: 'text' as const },
        { key: 'cost', label: `Cost${currency ? ` (${currency})` : ''}`, kind: 'money' as const },
        { key: 'change', label: `Change vs ${ctx.previous}`, kind: 'money' as const },
        { key: 'changePct', label: 'Change %', kind: 'percent' as const },
      ],
      rows: [{ period: ctx.period, cost: t.cost, change: t.change, changePct: t.changePct }],
    };
    const change = t.change === null ? '' : `, ${signedMoney(t.change, currency)} (${percentText(t.changePct)}) vs ${monthName(ctx.previous)}`;
    return okSlide('title', {
      headline: `${monthName(ctx.period)}: ${moneyText(t.cost, currency)} of ${ctx.basis} cost${change}.`,
      charts: [],
      tables: [totals, table],
      notes: `${source} Change is against ${ctx.previous}, computed by the pivot.`,
    });
  },
};
