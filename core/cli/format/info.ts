// `finops-workbench info` as text: the billing periods as an aligned table with totals per
// currency, then the import history in one line.
import type { WorkspaceInfo } from '../../api/contract.ts';
import { alignColumns, count, money, plural } from './text.ts';

const PERIOD_HEADER = ['billing period', 'provider', 'billing account', 'currency', 'rows', 'billed cost', 'effective cost'];
const PERIOD_ALIGN = ['left', 'left', 'left', 'left', 'right', 'right', 'right'] as const;

/** 2026-12-01T14:20:50.877Z → 2026-12-01 14:20 UTC */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export function formatInfo(info: WorkspaceInfo): string[] {
  const providers = info.providers.length > 0 ? ` from ${info.providers.join(', ')}` : '';
  const out = [`${info.path}: ${plural(info.rows, 'row')}${providers}`];
  if (info.periods.length === 0) {
    out.push(`No billing data yet: load files with "finops-workbench ingest --db ${info.path} FILE_OR_FOLDER".`);
  } else {
    const body = info.periods.map((p) => [p.billingPeriod, p.providerName, p.billingAccountId, p.currency, count(p.rows), money(p.billedCost), money(p.effectiveCost)]);
    const totals = info.totals.map((t) => ['total', '', '', t.currency, count(t.rows), money(t.billedCost), money(t.effectiveCost)]);
    out.push('', ...alignColumns([PERIOD_HEADER, ...body, ...totals], PERIOD_ALIGN), '');
  }
  const last = info.lastImport ? `; the last: ${info.lastImport.path ?? '(no path)'}, ${formatTime(info.lastImport.loadedAt)}` : '';
  out.push(`${plural(info.imports.length, 'import')}${last}`);
  const failed = info.failedImports[0];
  if (failed) out.push(`${plural(info.failedImports.length, 'failed import attempt')} (nothing changed); the last: ${failed.paths.join(', ')}, ${formatTime(failed.attemptedAt)}: ${failed.code}`);
  return out;
}
