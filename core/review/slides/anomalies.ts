// Anomalies of the month with their root causes and status: the anomaly engine's list (detected
// and explained by it, read without recording: building a pack leaves the workspace as it was),
// those overlapping the month, by impact.
import type { Anomaly } from '../../api/anomaly-contract.ts';
import type { ReviewTable } from '../../api/review-contract.ts';
import { barChart } from '../charts/options.ts';
import { monthName, moneyText, signedMoney } from '../format.ts';
import { TOP_ROWS } from '../words.ts';
import { attempt, command, noDataSlide, okSlide, type SlideModule } from './slide.ts';

/** An anomaly without feedback is still open. */
export const OPEN_STATUS = 'open';

export function scopeText(a: Anomaly): string {
  const parts = Object.entries(a.scope).map(([k, v]) => `${k}=${v}`);
  return parts.length ? parts.join(', ') : 'Total';
}

export function causeText(a: Anomaly): string | null {
  const c = a.rootCauses[0];
  return c ? `${c.dimension}=${c.value}` : null;
}

export const anomaliesSlide: SlideModule = {
  id: 'anomalies',
  async build(ctx) {
    const result = await attempt(() => ctx.ask('anomaliesRead', { spec: { kind: 'anomalies', basis: ctx.basis, since: ctx.from } }));
    const currency = await ctx.currency();
    const notes = `From ${command(`anomalies --since ${ctx.from} --basis ${ctx.basis} --no-record --json`)}: the anomalies that end on or after ${ctx.from} and start before ${ctx.to}, by impact; status is the feedback given (yes, no, planned) or open.`;
    if (!result.ok) return noDataSlide('anomalies', `No anomaly detection for ${monthName(ctx.period)}.`, result.message, notes);
    if (result.value.lastDay === null) return noDataSlide('anomalies', `No anomaly detection for ${monthName(ctx.period)}.`, `The workspace has no cost data: load bills ("${command('ingest')} FILE").`, notes);
    const inMonth = result.value.anomalies.filter((a) => a.start < ctx.to && a.end >= ctx.from).sort((a, b) => b.impact - a.impact);
    const shown = inMonth.slice(0, TOP_ROWS);
    const table: ReviewTable = {
      title: `Anomalies in ${ctx.period}${inMonth.length > shown.length ? ` (the ${shown.length} largest of ${inMonth.length})` : ''}`,
      columns: [
        { key: 'start', label: 'Start', kind: 'date' },
        { key: 'end', label: 'End', kind: 'date' },
        { key: 'scope', label: 'Where', kind: 'text' },
        { key: 'impact', label: 'Impact', kind: 'money' },
        { key: 'impactPct', label: 'Impact %', kind: 'percent' },
        { key: 'cause', label: 'Root cause', kind: 'text' },
        { key: 'status', label: 'Status', kind: 'text' },
      ],
      // the engine writes impactPct in percent; a table's percent column holds fractions
      rows: shown.map((a) => ({ start: a.start, end: a.end, scope: scopeText(a), impact: a.impact, impactPct: a.impactPct === null ? null : a.impactPct / 100, cause: causeText(a), status: a.feedback?.verdict ?? OPEN_STATUS })),
    };
    if (inMonth.length === 0) {
      return okSlide('anomalies', { headline: `No anomalies in ${monthName(ctx.period)}.`, charts: [], tables: [table], notes });
    }
    const impact = inMonth.reduce((s, a) => s + Math.round(a.impact * 100), 0) / 100;
    const open = inMonth.filter((a) => !a.feedback).length;
    const chart = barChart({ categories: shown.map((a) => `${a.start} ${causeText(a) ?? scopeText(a)}`), series: [{ name: 'Impact', data: shown.map((a) => a.impact) }], horizontal: true });
    return okSlide('anomalies', {
      headline: `${inMonth.length} ${inMonth.length === 1 ? 'anomaly' : 'anomalies'} in ${monthName(ctx.period)}, ${signedMoney(impact, currency)} above expected; ${open} still open.`,
      charts: [{ id: 'anomaly-impact', title: 'Impact by anomaly', option: chart, alt: shown.map((a) => `${a.start}–${a.end} ${scopeText(a)}: ${moneyText(a.impact, currency)}, cause ${causeText(a) ?? 'unknown'}`).join('; ') }],
      tables: [table],
      notes,
    });
  },
};
