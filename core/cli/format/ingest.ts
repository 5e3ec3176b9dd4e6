// `finops-workbench ingest` as text: a line per file, then what changed in the workspace.
import type { IngestResult } from '../../api/contract.ts';
import { METRIC_FORMAT_IDS } from '../../ingest/metrics/constants.ts';
import { money, plural } from './text.ts';

const INDENT = '\n                ';

/** What one ingest did, a line per file and a summary. A duplicate says "already loaded" once. */
export function formatIngest(result: IngestResult, db: string): string[] {
  const out = result.files.map((f) => {
    switch (f.status) {
      case 'loaded':
        // utilization metrics have no cost: their months and what to know about them instead
        if (METRIC_FORMAT_IDS.includes(f.format)) {
          return `loaded          ${f.path} (${f.format}): ${plural(f.rows, 'row')}${f.billingPeriods.length ? `, ${f.billingPeriods.join(', ')}` : ''}${(f.warnings ?? []).map((w) => `${INDENT}warning: ${w}`).join('')}`;
        }
        return `loaded          ${f.path} (${f.format}): ${plural(f.rows, 'row')}, ${f.billingPeriods.join(', ')}, billed ${money(f.billedCost)}${f.note ? `\n                ${f.note}` : ''}`;
      case 'superseded':
        return `superseded      ${f.path}: ${f.note ?? 'an older delivery of the same period'}`;
      case 'duplicate':
        return `already loaded  ${f.path}: the same content as an earlier import, nothing changed`;
      default:
        return `skipped         ${f.path}${f.note ? `: ${f.note}` : ''}`;
    }
  });
  if (result.replacedImports.length > 0) out.push(`replaced earlier deliveries: ${plural(result.replacedImports.length, 'import')} (${result.replacedImports.join(', ')})`);
  const loaded = result.files.filter((f) => f.status === 'loaded').length;
  out.push(loaded > 0 ? `${plural(result.rowsLoaded, 'row')} from ${plural(loaded, 'file')} loaded into ${db}` : `Nothing new loaded into ${db}.`);
  return out;
}
