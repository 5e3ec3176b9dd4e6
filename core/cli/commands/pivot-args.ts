// Command-line flags -> PivotSpec. `--filter DIM=VALUE` (or DIM!=VALUE) splits at the first
// `=`, so values may hold `=`; repeated filters on one dimension match any of their values.
// Names with commas or `=` (odd tag keys) go through --spec FILE.json instead.
// Every flag is checked here, so a mistake is reported by the flag's name, not by the path of
// the spec field it fills (`--from`, never `spec.period.from`).
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { COST_BASES, LIMITS, TIME_GRAINS } from '../../engines/pivot/constants.ts';
import type { PivotSpecInput } from '../../engines/pivot/spec.ts';
import { periodFromFlags } from './period-args.ts';

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
    if (n < 1 || n > LIMITS.topN) throw bad(`--top "${text}": N must be from 1 to ${LIMITS.topN}.`);
    return { dimension: text.slice(0, at), n };
  });
  const spec: Record<string, unknown> = {
    kind: 'pivot',
    rows: list(f.rows),
    columns: list(f.cols),
    measures: f.measure && f.measure.length > 0 ? f.measure.flatMap((m) => list(m)) : undefined,
    basis: choice('--basis', f.basis, COST_BASES),
    grain: choice('--grain', f.grain, TIME_GRAINS),
    period: periodFromFlags(f.from, f.to),
    filters: [...filters.values()],
    topN,
    sort: { by: choice('--sort', f.sort, ['value', 'key'] as const) ?? 'value', direction: f.asc ? 'asc' : 'desc' },
    subtotals: f.subtotals,
    grandTotals: f.totals,
    depth: depth(f.depth),
  };
  for (const [k, v] of Object.entries(spec)) if (v === undefined) delete spec[k];
  return spec as PivotSpecInput;
}

/** One of a fixed list, in any letter case (`--basis billed` is Billed). */
function choice<T extends string>(flag: string, text: string | undefined, allowed: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === text.trim().toLowerCase());
  if (!found) throw bad(`${flag} must be one of ${allowed.join(', ')}, not "${text}".`);
  return found;
}

function depth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.rowDimensions) throw bad(`--depth must be a whole number from 1 to ${LIMITS.rowDimensions} (row levels to show), not "${text}".`);
  return n;
}
