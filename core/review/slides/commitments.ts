// Commitment utilization, coverage and expiries: the commitments engine's status over the month
// (every Savings Plan and reservation with a row in it), the expiries counted from the month's end.
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import { monthName, moneyText, percentText } from '../format.ts';
import { TOP_ROWS } from '../words.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

export const commitmentsSlide: SlideModule = {
  id: 'commitments',
  async build(ctx) {
    const result = await attempt(() => ctx.ask('commitmentsStatus', { spec: { kind: 'commitments-status', from: ctx.from, to: ctx.to, asOf: ctx.to } }));
    const notes = `From ${command(`commitments status --from ${ctx.from} --to ${ctx.to} --as-of ${ctx.to} --json`)}: utilization = used ÷ committed, coverage = covered ÷ eligible on-demand equivalent (List prices), expiries counted from ${ctx.to}.`;
    if (!result.ok) return noDataSlide('commitments', `No commitment figures for ${monthName(ctx.period)}.`, result.message, notes);
    const s = result.value;
    const currency = s.currency ?? '';
    if (s.commitments.length === 0) {
      return noDataSlide('commitments', `No Savings Plans or reservations in ${monthName(ctx.period)}'s bill.`, `The bill for ${ctx.period} has no commitment rows (Savings Plans, Reserved Instances). Load a bill with them, or see the savings slide for what one would save.`, notes, [
        { title: 'Coverage', columns: [{ key: 'eligible', label: 'Eligible on-demand', kind: 'money' }, { key: 'coverage', label: 'Coverage', kind: 'percent' }], rows: [{ eligible: s.totals.eligible, coverage: s.coverage }] },
      ]);
    }
    const summary: ReviewTable = {
      title: 'All commitments',
      columns: [
        { key: 'committed', label: 'Committed', kind: 'money' },
        { key: 'used', label: 'Used', kind: 'money' },
        { key: 'utilization', label: 'Utilization', kind: 'percent' },
        { key: 'coverage', label: 'Coverage', kind: 'percent' },
        { key: 'netSavings', label: 'Net savings', kind: 'money' },
      ],
      rows: [{ committed: s.totals.committed, used: s.totals.used, utilization: s.utilization, coverage: s.coverage, netSavings: s.totals.netSavings }],
    };
    const expiries: ReviewTable = {
      title: `Expiring after ${ctx.lastDayOfPeriod}`,
      columns: [
        { key: 'withinDays', label: 'Within (days)', kind: 'number' },
        { key: 'count', label: 'Commitments', kind: 'number' },
        { key: 'commitmentPerHour', label: 'Hourly commitment', kind: 'money' },
      ],
      rows: s.expiring.map((e) => ({ withinDays: e.withinDays, count: e.ids.length, commitmentPerHour: e.commitmentPerHour })),
    };
    // an ARN's last part names the commitment; the whole ARN is in the engine's JSON
    const label = (c: (typeof s.commitments)[number]) => c.name ?? c.id.split(/[/:]/).pop() ?? c.id;
    const largest = [...s.commitments].sort((a, b) => b.committed - a.committed).slice(0, TOP_ROWS);
    const list: ReviewTable = {
      title: `Commitments by amount${s.commitments.length > largest.length ? ` (${largest.length} of ${s.commitments.length})` : ''}`,
      columns: [
        { key: 'name', label: 'Commitment', kind: 'text' },
        { key: 'type', label: 'Type', kind: 'text' },
        { key: 'committed', label: 'Committed', kind: 'money' },
        { key: 'utilization', label: 'Utilization', kind: 'percent' },
        { key: 'end', label: 'Ends', kind: 'date' },
      ],
      rows: largest.map((c) => ({ name: label(c), type: c.type, committed: c.committed, utilization: c.utilization, end: c.end?.slice(0, 10) ?? null })),
    };
    const chart = barChart({
      categories: largest.map(label),
      series: [
        { name: 'Used', data: largest.map((c) => c.used), stack: 'committed' },
        { name: 'Unused', data: largest.map((c) => c.unused), stack: 'committed' },
      ],
      horizontal: true,
    });
    const soon = s.expiring.find((e) => e.withinDays === 90) ?? s.expiring[s.expiring.length - 1];
    return okSlide('commitments', {
      headline: `Utilization ${percentText(s.utilization)}, coverage ${percentText(s.coverage)}, net savings ${moneyText(s.totals.netSavings ?? 0, currency)}${soon ? `; ${soon.ids.length} expiring within ${soon.withinDays} days` : ''}.`,
      charts: [{ id: 'utilization', title: 'Used and unused commitment', option: chart, alt: largest.map((c) => `${label(c)}: used ${moneyText(c.used, currency)} of ${moneyText(c.committed, currency)} (${percentText(c.utilization)})`).join('; ') }],
      tables: [summary, expiries, list],
      notes,
    });
  },
};
