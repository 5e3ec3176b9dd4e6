// The `pivot` command line that makes a spec's export again (an export's context): the flags of
// core/cli/commands/pivot-args.ts where the spec has them, else the spec written to a file.
// Kept beside the exports (the API and the CLI both print it); pivot-command.test.ts reads its
// flags back through the CLI's own flagsToSpec.
import type { PivotSpec } from '../engines/pivot/spec.ts';
import { shellQuote } from './context.ts';

const DEFAULT_MEASURES = ['cost'];

/**
 * The command line that runs `spec` again (for an export's context). Flags where every part of
 * the spec has one; otherwise the spec written to a file first, then `--spec`.
 */
export function pivotCommandLine(spec: PivotSpec, db: string, out: string | null): string {
  const args = specToFlags(spec);
  const tail = `--db ${shellQuote(db)}`;
  const output = out === null ? '--csv' : `--out ${shellQuote(out)}`;
  if (args) return `npx finops-workbench pivot ${tail} ${args.map(shellQuote).join(' ')} ${output}`.replace(/ +/g, ' ');
  const json = JSON.stringify({ ...spec, depth: undefined, parent: undefined });
  return `echo ${shellQuote(json)} > pivot-spec.json && npx finops-workbench pivot ${tail} --spec pivot-spec.json ${output}`;
}

/** The flags for a spec, or null when some part of it has none (a comma or '=' in a name, a null value, a sort measure). */
export function specToFlags(spec: PivotSpec): string[] | null {
  const names = [...spec.rows, ...spec.columns, ...spec.measures];
  if (names.some((n) => n.includes(',')) || spec.sort.measure !== undefined || spec.parent !== undefined) return null;
  const args: string[] = [];
  if (spec.rows.length > 0) args.push('--rows', spec.rows.join(','));
  if (spec.columns.length > 0) args.push('--cols', spec.columns.join(','));
  if (spec.measures.join(',') !== DEFAULT_MEASURES.join(',')) args.push('--measure', spec.measures.join(','));
  if (spec.basis !== 'Effective') args.push('--basis', spec.basis);
  if (spec.grain !== 'month') args.push('--grain', spec.grain);
  if (spec.period.from) args.push('--from', spec.period.from);
  if (spec.period.to) args.push('--to', spec.period.to);
  for (const f of spec.filters) {
    if (f.dimension.includes('=') || f.dimension.endsWith('!')) return null;
    for (const v of f.values) {
      if (v === null) return null;
      args.push('--filter', `${f.dimension}${f.op === 'in' ? '=' : '!='}${v}`);
    }
  }
  for (const t of spec.topN) {
    if (t.dimension.includes('=')) return null;
    args.push('--top', `${t.dimension}=${t.n}`);
  }
  if (spec.sort.by === 'key') args.push('--sort', 'key');
  if (spec.sort.direction === 'asc') args.push('--asc');
  if (!spec.subtotals) args.push('--no-subtotals');
  if (!spec.grandTotals) args.push('--no-totals');
  if (spec.depth !== undefined) args.push('--depth', String(spec.depth));
  return args;
}
