// Month over month by service and owner: the pivot of the month by ServiceName and by the owner
// tag, each with its change vs the month before (the pivot's change measures).
import type { PivotResult } from '../../api/pivot-contract.ts';
import type { ReviewTable } from '../../api/review-contract.ts';
import { TAG_PREFIX } from '../../engines/pivot/constants.ts';
import { barChart } from '../charts/options.ts';
import { monthPivotSpec } from '../context.ts';
import { monthName, signedMoney } from '../format.ts';
import { OWNER_TAG, TOP_ROWS } from '../words.ts';
import { rowsAt } from './pivot-rows.ts';
import { command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

const SERVICE = 'ServiceName';
const OWNER = `${TAG_PREFIX}${OWNER_TAG}`;

function changeTable(title: string, label: string, result: PivotResult, currency: string): ReviewTable {
  return {
    title,
    columns: [
      { key: 'name', label, kind: 'text' },
      { key: 'cost', label: `Cost${currency ? ` (${currency})` : ''}`, kind: 'money' },
      { key: 'change', label: 'Change', kind: 'money' },
      { key: 'changePct', label: 'Change %', kind: 'percent' },
    ],
    rows: rowsAt(result, 1).map((r) => ({ name: r.label, cost: r.figures.cost, change: r.figures.change, changePct: r.figures.changePct })),
  };
}

export const monthOverMonthSlide: SlideModule = {
  id: 'month-over-month',
  async build(ctx) {
    const spec = (dim: string) => ({ ...monthPivotSpec(ctx.from, ctx.to, ctx.basis, [dim]), topN: [{ dimension: dim, n: TOP_ROWS }] });
    const [byService, byOwner, currency] = await Promise.all([ctx.ask('pivot', { spec: spec(SERVICE) }), ctx.ask('pivot', { spec: spec(OWNER) }), ctx.currency()]);
    const cli = (dim: string) => command(`pivot --rows ${dim} --cols period --grain month --measure cost --measure change --measure changePct --top ${dim}=${TOP_ROWS} --basis ${ctx.basis} --from ${ctx.from} --to ${ctx.to} --json`);
    const notes = `By service: ${cli(SERVICE)}. By owner (tag ${OWNER_TAG}): ${cli(OWNER)}. The ${TOP_ROWS} largest each, the rest as Other; change is against ${ctx.previous}.`;
    const services = rowsAt(byService, 1);
    if (services.length === 0) return noDataSlide('month-over-month', `No cost in ${monthName(ctx.period)}.`, `The workspace has no cost for ${ctx.period}: load the month's bill ("${command('ingest')} FILE").`, notes);
    const biggest = [...services].filter((s) => s.figures.change !== null).sort((a, b) => Math.abs(b.figures.change!) - Math.abs(a.figures.change!))[0];
    const headline = biggest
      ? `${biggest.label} moved most: ${signedMoney(biggest.figures.change, currency)} vs ${monthName(ctx.previous)}.`
      : `No month before ${monthName(ctx.period)} in the workspace to compare with.`;
    const chart = barChart({ categories: services.map((s) => s.label), series: [{ name: `Change vs ${ctx.previous}`, data: services.map((s) => s.figures.change) }], horizontal: true });
    return okSlide('month-over-month', {
      headline,
      charts: [{ id: 'change-by-service', title: `Change by service vs ${ctx.previous}`, option: chart, alt: services.map((s) => `${s.label}: ${signedMoney(s.figures.change, currency)}`).join('; ') }],
      tables: [changeTable('By service', 'Service', byService, currency), changeTable(`By owner (tag ${OWNER_TAG})`, 'Owner', byOwner, currency)],
      notes,
    });
  },
};
