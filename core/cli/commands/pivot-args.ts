// Command-line flags -> PivotSpec. `--filter DIM=VALUE` (or DIM!=VALUE) splits at the first
// `=`, so values may hold `=`; repeated filters on one dimension match any of their values.
// Names with commas or `=` (odd tag keys) go through --spec FILE.json instead.
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import type { PivotSpec, PivotSpecInput } from '../../engines/pivot/spec.ts';
import { shellQuote } from '../../export/context.ts';

export interface PivotFlags {
  rows?: string;
  cols?: string;
  measure?: string[];
  basis?: string;
  grain?: string;
  from?: string;
  to?: string;
  filter?: string[];
  top?: string[];
  sort?: string;
  asc?: boolean;
  depth?: string;
  subtotals?: boolean;
  totals?: boolean;
}

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter((s) => s !== '') : []);

function bad(message: string): WorkbenchError {
  return new WorkbenchError(ErrorCode.BAD_REQUEST, message);
}

export function parseFilter(text: string): { dimension: string; op: 'in' | 'notIn'; value: string } {
  const at = text.indexOf('=');
  if (at <= 0) throw bad(`--filter "${text}" is not DIMENSION=VALUE (or DIMENSION!=VALUE), e.g. --filter 'ServiceName=Amazon EC2'.`);
  const notIn = text[at - 1] === '!';
  return { dimension: text.slice(0, notIn ? at - 1 : at), op: notIn ? 'notIn' : 'in', value: text.slice(at + 1) };
}

export function flagsToSpec(f: PivotFlags): PivotSpecInput {
  const filters = new Map<string, { dimension: string; op: 'in' | 'notIn'; values: string[] }>();
  for (const text of f.filter ?? []) {
    const { dimension, op, value } = parseFilter(text);
    const id = `${op}\u0000${dimension}`;
    const existing = filters.get(id);
    if (existing) existing.values.push(value);
    else filters.set(id, { dimension, op, values: [value] });
  }
  const topN = (f.top ?? []).map((text) => {
    const at = text.lastIndexOf('=');
    const n = Number(text.slice(at + 1));
    if (at <= 0 || !Number.isInteger(n)) throw bad(`--top "${text}" is not DIMENSION=N, e.g. --top ServiceName=10.`);
    return { dimension: text.slice(0, at), n };
  });
  const spec: Record<string, unknown> = {
    kind: 'pivot',
    rows: list(f.rows),
    columns: list(f.cols),
    measures: f.measure && f.measure.length > 0 ? f.measure.flatMap((m) => list(m)) : undefined,
    basis: f.basis,
    grain: f.grain,
    period: { from: f.from, to: f.to },
    filters: [...filters.values()],
    topN,
    sort: { by: f.sort ?? 'value', direction: f.asc ? 'asc' : 'desc' },
    subtotals: f.subtotals,
    grandTotals: f.totals,
    depth: f.depth === undefined ? undefined : Number(f.depth),
  };
  for (const [k, v] of Object.entries(spec)) if (v === undefined) delete spec[k];
  const period = spec.period as Record<string, unknown>;
  for (const k of Object.keys(period)) if (period[k] === undefined) delete period[k];
  return spec as PivotSpecInput;
}

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
