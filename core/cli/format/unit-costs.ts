// Unit costs as text: the metrics imported, and a metric's unit cost per period (and owner or service).
import type { BusinessMetricSummary, UnitCostResult } from '../../api/unit-costs-contract.ts';
import { alignColumns, money } from './text.ts';

const volume = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
const ratio = (n: number | null): string => (n === null ? '–' : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 }));
const change = (n: number | null): string => (n === null ? '' : `${n > 0 ? '+' : ''}${(n * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`);

export function metricLines(metrics: readonly BusinessMetricSummary[]): string[] {
  if (metrics.length === 0) return ['No business metrics. Import a CSV or JSON file (date, metric, value, optional owner, service) with "finops-workbench unit-costs import FILE".'];
  const rows = [['metric', 'from', 'to', 'rows', 'owners', 'services'], ...metrics.map((m) => [m.metric, m.from, m.to, String(m.rows), String(m.owners), String(m.services)])];
  return alignColumns(rows, ['left', 'left', 'left', 'right', 'right', 'right']);
}

export function unitCostLines(r: UnitCostResult): string[] {
  const keyHeader = r.by === 'owner' ? `owner (tag ${r.ownerTag})` : r.by === 'service' ? 'service' : null;
  const header = ['period', ...(keyHeader ? [keyHeader] : []), `cost (${r.basis})`, r.metric, 'unit cost', 'change'];
  const rows = r.rows.map((x) => [x.period, ...(keyHeader ? [x.key ?? '(none)'] : []), money(x.cost), volume(x.volume), ratio(x.unitCost), change(x.changePct)]);
  const align = ['left', ...(keyHeader ? ['left' as const] : []), 'right', 'right', 'right', 'right'] as const;
  return [...alignColumns([header, ...rows], align), ...r.warnings.map((w) => `note: ${w}`)];
}
