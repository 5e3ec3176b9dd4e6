// Human output of `commitments status` and `commitments eligible`: the inventory as a table, the
// overall figures in a sentence, expiries by window. Fractions are shown as percents here only.
import type { CommitmentRatesResponse, CommitmentsStatusResult, EligibleSpendResult, OptimizePool, OptimizeResult, WhatIfResult } from '../../api/commitments-contract.ts';
import { alignColumns, money, truncate } from './text.ts';

const pct = (f: number | null): string => (f === null ? 'unknown' : `${(f * 100).toFixed(1)}%`);
const hourly = (n: number | null): string => (n === null ? '' : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 }));
const maybeMoney = (n: number | null): string => (n === null ? 'unknown' : money(n));
/** The short tail of an ARN: `savingsplan/sp-a`, `reserved-instances/ri-b`. */
const shortId = (id: string): string => id.replace(/^arn:[^:]*:[^:]*:[^:]*:[^:]*:/, '');

export function statusLines(r: CommitmentsStatusResult): string[] {
  const cur = r.currency ?? '';
  const lines = [
    `${r.commitments.length} commitment${r.commitments.length === 1 ? '' : 's'}; utilization ${pct(r.utilization)}, coverage ${pct(r.coverage)} of eligible on-demand spend (${money(r.totals.covered)} of ${money(r.totals.eligible)} ${cur}, at ${r.basis} prices); net savings ${maybeMoney(r.totals.netSavings)} ${cur}.`.replace(/ +\)/, ')'),
  ];
  if (r.commitments.length > 0) {
    const rows = [['commitment', 'type', 'term', 'payment', 'per hour', 'ends', 'utilization', 'net savings'], ...r.commitments.map((c) => [
      truncate(shortId(c.id), 40), c.type, c.term ?? '', c.paymentOption ?? '', hourly(c.commitmentPerHour), c.end?.slice(0, 10) ?? '', pct(c.utilization), maybeMoney(c.netSavings),
    ])];
    lines.push('', ...alignColumns(rows, ['left', 'left', 'left', 'left', 'right', 'left', 'right', 'right']));
  }
  const soon = r.expiring.filter((e) => e.ids.length > 0);
  if (soon.length > 0) {
    lines.push('', `Expiring (from ${r.asOf?.slice(0, 10) ?? '?'}):`);
    for (const e of soon) lines.push(`  within ${e.withinDays} days: ${e.ids.map(shortId).join(', ')} (${hourly(e.commitmentPerHour)} ${cur}/h)`);
  }
  for (const n of r.notices) lines.push('', n);
  return lines;
}

export function eligibleLines(r: EligibleSpendResult): string[] {
  const lines = [`Eligible on-demand spend by commitment type and scope, at ${r.basis} prices${r.approximate ? `; APPROXIMATE: ${pct(r.approximateShare)} of it comes from rows longer than an hour (daily data), spread evenly over their hours` : ''}.`];
  const rows = [['type', 'region', 'family / type', 'service', 'eligible', 'covered', 'coverage', 'hours'], ...r.pools.map((p) => [
    p.type, p.region ?? '', p.instance ?? '', truncate(p.service ?? '', 36), money(p.eligible), money(p.covered), pct(p.coverage), String(p.hours),
  ])];
  if (r.pools.length > 0) lines.push('', ...alignColumns(rows, ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right']));
  return lines;
}

const TYPE_WORDS: Record<string, string> = { ComputeSavingsPlan: 'Compute Savings Plan', EC2InstanceSavingsPlan: 'EC2 Instance Savings Plan', ReservedInstance: 'Reserved Instance' };

export function whatIfLines(r: WhatIfResult): string[] {
  const lines = [`Over ${r.hours} hours from ${r.from} to ${r.to}${r.approximate ? ' (APPROXIMATE: daily data spread over its hours)' : ''}:`];
  for (const a of r.added) {
    const scope = [a.scope.instanceType ?? a.scope.family, a.scope.region].filter((x) => x !== null).join(' in ');
    const size = a.units === null ? `${hourly(a.hourlyCommitment)}/h` : `${a.units} × ${a.scope.instanceType} (${hourly(a.hourlyCommitment)}/h)`;
    lines.push(`  add a ${a.term} ${a.payment} ${TYPE_WORDS[a.type] ?? a.type}${scope ? ` (${scope})` : ''} of ${size} at ${pct(a.rate)} of on demand (${a.rateSource}: ${a.rateDetail}), from ${a.start}: utilization ${pct(a.utilization)}, net savings ${money(a.netSavings)}`);
  }
  for (const d of r.removed) lines.push(`  remove ${shortId(d.id)} (${d.type}): it had saved ${money(d.netSavings)} on ${money(d.onDemandCovered)} of on demand`);
  if (r.absorbed > 0) lines.push(`  the unused part of the commitments kept takes over ${money(r.absorbed)} of the on demand freed`);
  lines.push(`  coverage ${pct(r.coverageBefore)} → ${pct(r.coverageAfter)}; utilization ${pct(r.utilization)}; net savings ${money(r.netSavings)} (ROI ${pct(r.roi)}); ${r.breakEvenMonths === null ? 'never breaks even' : `breaks even after ${r.breakEvenMonths} months`}; upfront ${money(r.upfront)}, then ${hourly(r.recurringPerHour)}/h; under-used in ${r.underused.length} of ${r.hours} hours.`);
  const rows = [['month', 'hours', 'committed', 'used', 'utilization', 'coverage', 'net savings'], ...r.monthly.map((m) => [
    m.month, String(m.hours), money(m.committed), money(m.used), pct(m.utilization), pct(m.coverageAfter), money(m.netSavings),
  ])];
  lines.push('', ...alignColumns(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']));
  for (const n of r.notices) lines.push('', n);
  return lines;
}

export function ratesLines(r: CommitmentRatesResponse): string[] {
  const lines = [r.rates.length === 0 ? 'No rate is set in this workspace: a what-if uses rates observed on the commitments held, else the defaults below.' : `${r.rates.length} rate${r.rates.length === 1 ? '' : 's'} set in this workspace (used before observed rates and the defaults):`];
  if (r.rates.length > 0) {
    lines.push('', ...alignColumns([['type', 'term', 'payment', 'region', 'scope', 'rate', 'note'], ...r.rates.map((x) => [x.type, x.term, x.payment, x.region || 'any', x.scope || 'any', x.rate.toFixed(6), x.note ?? ''])],
      ['left', 'left', 'left', 'left', 'left', 'right', 'left']));
  }
  lines.push('', 'Shipped defaults:', ...alignColumns([['type', 'term', 'payment', 'rate', 'source'], ...r.defaults.map((d) => [d.type, d.term, d.payment, d.rate.toFixed(6), d.source])], ['left', 'left', 'left', 'right', 'left']));
  return lines;
}

const RISK_HEADERS = (r: OptimizeResult): string[] => (r.choices[0]?.risk ?? []).map((x) => `usage −${x.usageDropPct}%`);
const poolWords = (p: OptimizePool): string => [p.type, p.instance, p.region, p.service].filter((x) => x !== null).join(' ');

export function optimizeLines(r: OptimizeResult): string[] {
  const s = r.spec;
  const lines = [
    `${s.type === 'mix' ? 'A mix of commitments' : `A ${s.term} ${s.payment} ${poolWords(r.pool)}`} over ${r.hours} hours from ${r.from} to ${r.to}, at ${pct(r.rate)} of on demand (${r.rateSource}: ${r.rateDetail})${r.approximate ? ' (APPROXIMATE: daily data spread over its hours)' : ''}; the commitments held applied first (${r.existingApplied.length}). Monthly = the window's average × 730 hours.`,
  ];
  if (r.mix !== undefined && r.mix.length > 0) {
    const rows = [['recommended mix, in the order applied', 'rate', 'per hour', 'monthly savings', 'utilization'], ...r.mix.map((m) => [
      truncate(poolWords(m), 60), pct(m.rate), hourly(m.hourlyCommitment), money(m.monthlySavings), pct(m.utilization),
    ])];
    lines.push('', ...alignColumns(rows, ['left', 'right', 'right', 'right', 'right']));
  }
  const rows = [['choice', 'per hour', 'monthly savings', 'coverage', 'utilization', 'ROI', 'break-even', 'upfront', ...RISK_HEADERS(r)], ...r.choices.map((c) => [
    c.kind, hourly(c.hourlyCommitment), money(c.monthlySavings), pct(c.coverage), pct(c.utilization), pct(c.roi),
    c.breakEvenMonths === null ? 'never' : `${c.breakEvenMonths} months`, money(c.upfront), ...c.risk.map((x) => money(x.monthlySavings)),
  ])];
  lines.push('', ...alignColumns(rows, ['left', ...Array<'right'>(rows[0]!.length - 1).fill('right')]));
  lines.push('', `The savings curve has ${r.curve.length} points (--json prints them).`);
  for (const n of r.notices) lines.push('', n);
  return lines;
}
