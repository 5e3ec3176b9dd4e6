import { describe, expect, it } from 'vitest';
import { flagsToSpec, type PivotFlags } from '../cli/commands/pivot-args.ts';
import { parsePivotSpec } from '../engines/pivot/run.ts';
import { pivotCommandLine, specToFlags } from './pivot-command.ts';

/** argv → the flags commander would give the pivot command (repeatable ones collected). */
function readFlags(args: string[]): PivotFlags {
  const f: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.replace(/^--/, '');
    if (name === 'asc') f.asc = true;
    else if (name === 'no-subtotals') f.subtotals = false;
    else if (name === 'no-totals') f.totals = false;
    else if (['filter', 'top', 'measure'].includes(name)) f[name] = [...((f[name] as string[]) ?? []), args[++i]!];
    else f[name] = args[++i];
  }
  return f as PivotFlags;
}

describe('the pivot command line of an export', () => {
  it('gives back the same spec through the CLI flags', () => {
    const spec = parsePivotSpec({
      kind: 'pivot', rows: ['ServiceName', 'tag:Team'], columns: ['week'], measures: ['cost', 'share'], basis: 'List', grain: 'week',
      period: { from: '2026-01-01', to: '2026-04-01' }, filters: [{ dimension: 'tag:Team', op: 'notIn', values: ['a=b', "o'brien"] }],
      topN: [{ dimension: 'ServiceName', n: 5 }], sort: { by: 'key', direction: 'asc' }, subtotals: false,
    });
    const args = specToFlags(spec)!;
    expect(parsePivotSpec(flagsToSpec(readFlags(args)))).toEqual(spec);
  });

  it('falls back to a spec file where a flag cannot say it', () => {
    const spec = parsePivotSpec({ kind: 'pivot', rows: ['tag:a,b'], filters: [{ dimension: 'RegionId', values: [null] }] });
    expect(specToFlags(spec)).toBeNull();
    expect(pivotCommandLine(spec, '/w.duckdb', 'x.csv')).toMatch(/^echo '\{"kind":"pivot".*\}' > pivot-spec.json && npx finops-workbench pivot --db \/w.duckdb --spec pivot-spec.json --out x.csv$/);
  });
});
