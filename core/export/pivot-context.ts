// The context of a pivot export (context.ts): its title, basis, period and filters in words,
// the workspace, how fresh its data is, and the command that makes it again.
import { COST_BASIS_MEANING, NULL_LABEL, PERIOD_DIMENSION } from '../engines/pivot/constants.ts';
import type { PivotFilter, PivotSpec } from '../engines/pivot/spec.ts';
import type { Db } from '../store/db.ts';
import type { ExportContext } from './context.ts';
import { dataThrough } from './data-through.ts';

/** What an export of a pivot (or of its line items) says about its cents. */
export const PIVOT_ROUNDING_NOTE =
  'Money is rounded to cents across the whole grid: every row adds up to its Total, every column to its Grand total, and the Grand total is the exact source total rounded to the cent.';

export interface PivotContextOptions {
  workspace: string;
  command: string;
  /** A saved view's name, or what the screen calls this pivot; made from the spec when absent. */
  title?: string;
  now?: Date;
  notes?: string[];
}

export async function pivotExportContext(db: Db, spec: PivotSpec, o: PivotContextOptions): Promise<ExportContext> {
  return {
    title: o.title?.trim() || pivotTitle(spec),
    basis: COST_BASIS_MEANING[spec.basis],
    period: periodText(spec.period),
    filters: spec.filters.map(filterText),
    workspace: o.workspace,
    dataThrough: await dataThrough(db),
    generatedAt: (o.now ?? new Date()).toISOString(),
    command: o.command,
    notes: o.notes ?? [PIVOT_ROUNDING_NOTE],
  };
}

/** A dimension as a reader knows it: `period` is the spec's grain (month, week…). */
export function dimensionWords(dim: string, spec: Pick<PivotSpec, 'grain'>): string {
  return dim === PERIOD_DIMENSION ? spec.grain : dim;
}

export function pivotTitle(spec: PivotSpec): string {
  const words = (dims: string[]) => dims.map((d) => dimensionWords(d, spec)).join(' › ');
  const rows = spec.rows.length > 0 ? ` by ${words(spec.rows)}` : '';
  const cols = spec.columns.length > 0 ? `${rows ? ',' : ''} across ${words(spec.columns)}` : '';
  return `${spec.basis} cost${rows}${cols}`;
}

/** Half-open [from, to) as people say it: the first and the last day, inclusive. */
export function periodText(period: PivotSpec['period']): string {
  const last = period.to ? new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : null;
  if (period.from && last) return `${period.from} to ${last} inclusive (UTC)`;
  if (period.from) return `from ${period.from} (UTC) to the end of the data`;
  if (last) return `up to ${last} inclusive (UTC)`;
  return 'All data';
}

export function filterText(f: PivotFilter): string {
  const values = f.values.map((v) => (v === null ? NULL_LABEL : `“${v}”`));
  const one = values.length === 1;
  const verb = f.op === 'in' ? (one ? 'is' : 'is one of') : one ? 'is not' : 'is none of';
  return `${f.dimension} ${verb} ${values.join(', ')}`;
}
