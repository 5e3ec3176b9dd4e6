// A pivot built from flags fails in the flags' words. The engine names the parts of a PivotSpec
// ("in rows", "spec.period.from"), which is right for --spec files and the API but means nothing
// to someone who typed --rows and --from; here those names become the flags that fill them.
import { WorkbenchError } from '../../api/errors.ts';
import { allowedDimensionsText } from '../../engines/pivot/dimensions.ts';
import { PivotErrorCode } from '../../engines/pivot/errors.ts';

/** PivotSpec field (a path's start) → the flag that fills it. Longest paths first. */
export const SPEC_FIELD_FLAGS: readonly [string, string][] = [
  ['period.from', '--from'],
  ['period.to', '--to'],
  ['period', '--from/--to'],
  ['rows', '--rows'],
  ['columns', '--cols'],
  ['measures', '--measure'],
  ['basis', '--basis'],
  ['grain', '--grain'],
  ['filters', '--filter'],
  ['topN', '--top'],
  ['sort', '--sort'],
  ['depth', '--depth'],
  ['subtotals', '--no-subtotals'],
  ['grandTotals', '--no-totals'],
];

/** "spec.period.from: a date is written YYYY-MM-DD" → "--from: a date is written YYYY-MM-DD". */
export function issueInFlagWords(issue: string): string {
  const m = /^(?:spec\.)?([\w.]+): (.*)$/s.exec(issue);
  if (!m) return issue;
  const path = m[1]!;
  const flag = SPEC_FIELD_FLAGS.find(([field]) => path === field || path.startsWith(`${field}.`))?.[1];
  return flag ? `${flag}: ${m[2]}` : issue;
}

export function inFlagWords(err: unknown): unknown {
  if (!(err instanceof WorkbenchError)) return err;
  const d = err.details ?? {};
  if (err.code === PivotErrorCode.PIVOT_UNKNOWN_COLUMN && typeof d.place === 'string') {
    const flag = SPEC_FIELD_FLAGS.find(([field]) => field === d.place)?.[1] ?? d.place;
    const hint = typeof d.suggestion === 'string' ? ` Did you mean "${d.suggestion}"?` : '';
    return new WorkbenchError(err.code, `Unknown column "${String(d.column)}" in ${flag}.${hint} Use ${allowedDimensionsText()}.`, d);
  }
  if (Array.isArray(d.issues) && d.issues.every((i) => typeof i === 'string')) {
    const issues = (d.issues as string[]).map(issueInFlagWords);
    return new WorkbenchError(err.code, `Invalid pivot flags: ${issues.join('; ')}`, { ...d, issues });
  }
  return err;
}
