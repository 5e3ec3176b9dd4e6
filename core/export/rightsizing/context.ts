// What a rightsizing ticket list says about itself (core/export/context.ts): the settings it was
// made with, the lookback, the filters, the totals by action and the command that makes it again.
import type { RightsizeResult } from '../../engines/rightsizing/result.ts';
import type { RightsizeSpec } from '../../engines/rightsizing/spec.ts';
import type { Db } from '../../store/db.ts';
import { moneyText } from '../chargeback/money.ts';
import { shellQuote, type ExportContext } from '../context.ts';
import { dataThrough } from '../data-through.ts';
import { percentileWord } from './tickets.ts';

export const RIGHTSIZE_BASIS = 'Effective cost (amortized) of each instance in the bill over the lookback, a 730-hour month; the public on-demand rate where the bill shows no effective cost';

export interface TicketsContextOptions {
  workspace: string;
  /** What the export file is called, for the command that makes it again. */
  fileName: string;
}

export function rightsizeCommand(spec: RightsizeSpec, workspace: string, fileName: string): string {
  const args = ['finops-workbench', 'rightsize', '--db', workspace, '--lookback', String(spec.lookbackDays), '--percentile', spec.percentile, '--headroom', String(spec.headroomPct)];
  for (const a of spec.accounts ?? []) args.push('--account', a);
  if (spec.tag) args.push('--tag', `${spec.tag.key}=${spec.tag.value}`);
  if (!spec.includeMemory) args.push('--no-memory');
  args.push('--out', fileName);
  return args.map(shellQuote).join(' ');
}

export async function rightsizeTicketsContext(db: Db, spec: RightsizeSpec, r: RightsizeResult, o: TicketsContextOptions): Promise<ExportContext> {
  const filters = [
    ...(spec.accounts?.length ? [`Account is ${spec.accounts.join(' or ')}`] : []),
    ...(spec.tag ? [`Tag ${spec.tag.key} is ${spec.tag.value}`] : []),
  ];
  const byAction = Object.entries(r.summary.byAction).map(([action, s]) => `${action} ${s!.count} (${moneyText(s!.monthlySavings, 'USD')})`);
  return {
    title: 'Rightsizing tickets: recommendations by monthly savings',
    basis: RIGHTSIZE_BASIS,
    period: `Lookback of ${spec.lookbackDays} days of ${r.metrics ? 'metrics' : 'the bill (no utilization metrics imported)'}, ${r.lookback.from.slice(0, 10)} to ${r.lookback.to.slice(0, 10)} (UTC, end exclusive)`,
    filters,
    workspace: o.workspace,
    dataThrough: await dataThrough(db),
    generatedAt: new Date().toISOString(),
    command: rightsizeCommand(spec, o.workspace, o.fileName),
    notes: [
      `Sized on the ${percentileWord(spec.percentile)} of each period's CPU${spec.includeMemory ? ' and memory' : ''} maximum with ${spec.headroomPct}% headroom (core/engines/rightsizing/SPEC.md).`,
      `${r.summary.count} recommendations saving ${moneyText(r.summary.monthlySavings, 'USD')} a month${byAction.length ? `: ${byAction.join(', ')}` : ''}.`,
      ...r.warnings.map((w) => `Warning: ${w}`),
    ],
  };
}
