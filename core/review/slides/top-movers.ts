// Top 10 movers with their cause: the services whose cost changed most vs the month before, each
// with the usage type that moved most in the same direction (both from one pivot of the month by
// service and usage type, with the pivot's change measures).
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import { monthPivotSpec } from '../context.ts';
import { monthName, signedMoney } from '../format.ts';
import { TOP_ROWS } from '../words.ts';
import { rowsAt } from './pivot-rows.ts';
import { command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

const MOVER = 'ServiceName';
/** Within a service, what moved: the usage type (AWS's finest cost driver in the bill). */
const CAUSE = 'x_UsageType';

export const topMoversSlide: SlideModule = {
  id: 'top-movers',
  async build(ctx) {
    const [pivot, currency] = await Promise.all([ctx.ask('pivot', { spec: monthPivotSpec(ctx.from, ctx.to, ctx.basis, [MOVER, CAUSE]) }), ctx.currency()]);
    const notes = `From ${command(`pivot --rows ${MOVER},${CAUSE} --cols period --grain month --measure cost --measure change --measure changePct --basis ${ctx.basis} --from ${ctx.from} --to ${ctx.to} --json`)}: services by the size of their change vs ${ctx.previous}; the cause is the usage type within the service whose change is largest in the same direction.`;
    const children = rowsAt(pivot, 2);
    const movers = rowsAt(pivot, 1)
      .filter((r) => r.figures.change !== null && Math.round(r.figures.change * 100) !== 0)
      .sort((a, b) => Math.abs(b.figures.change!) - Math.abs(a.figures.change!))
      .slice(0, TOP_ROWS)
      .map((m) => {
        const sign = Math.sign(m.figures.change!);
        const cause = children
          .filter((c) => c.row.keys[0] === m.row.keys[0] && c.figures.change !== null && Math.sign(c.figures.change) === sign)
          .sort((a, b) => Math.abs(b.figures.change!) - Math.abs(a.figures.change!))[0];
        return { mover: m, cause };
      });
    if (movers.length === 0) {
      const reason = rowsAt(pivot, 1).length === 0
        ? `The workspace has no cost for ${ctx.period}: load the month's bill ("${command('ingest')} FILE").`
        : `Nothing to compare with: the workspace has no cost for ${ctx.previous}, or no service's cost changed. Load the month before to see movers.`;
      return noDataSlide('top-movers', `No movers in ${monthName(ctx.period)}.`, reason, notes);
    }
    const table: ReviewTable = {
      title: `Top ${movers.length} movers vs ${ctx.previous}`,
      columns: [
        { key: 'service', label: 'Service', kind: 'text' },
        { key: 'cost', label: `Cost${currency ? ` (${currency})` : ''}`, kind: 'money' },
        { key: 'change', label: 'Change', kind: 'money' },
        { key: 'changePct', label: 'Change %', kind: 'percent' },
        { key: 'cause', label: 'Cause (usage type)', kind: 'text' },
        { key: 'causeChange', label: 'Its change', kind: 'money' },
      ],
      rows: movers.map(({ mover, cause }) => ({
        service: mover.label,
        cost: mover.figures.cost,
        change: mover.figures.change,
        changePct: mover.figures.changePct,
        cause: cause?.label ?? null,
        causeChange: cause?.figures.change ?? null,
      })),
    };
    const top = movers[0]!;
    const chart = barChart({ categories: movers.map((m) => m.mover.label), series: [{ name: `Change vs ${ctx.previous}`, data: movers.map((m) => m.mover.figures.change) }], horizontal: true });
    return okSlide('top-movers', {
      headline: `${top.mover.label} moved most, ${signedMoney(top.mover.figures.change, currency)}${top.cause ? `, mostly ${top.cause.label} (${signedMoney(top.cause.figures.change, currency)})` : ''}.`,
      charts: [{ id: 'movers', title: `Top movers vs ${ctx.previous}`, option: chart, alt: movers.map((m) => `${m.mover.label}: ${signedMoney(m.mover.figures.change, currency)}${m.cause ? ` (${m.cause.label})` : ''}`).join('; ') }],
      tables: [table],
      notes,
    });
  },
};
